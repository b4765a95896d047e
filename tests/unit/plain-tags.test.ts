// Type-checked with the renderer (renderer/tsconfig.json): it renders the renderer's components.
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfigProvider, Tag, Typography, theme } from 'antd';
import { FastColor } from '@ant-design/fast-color';
import { CrownFilled } from '@ant-design/icons';
import { over, PlainTag, PlainText } from '../../renderer/src/ui/plain';

/**
 * The plain tags and texts the tables draw (renderer/src/ui/plain.tsx) must be antd's own markup, or
 * they would not look like the tags beside them: each is rendered next to the antd component it
 * stands for, with the app's theme, and the two compared once antd's per-theme classes (`css-…`,
 * which carry no rules with the stylesheet the app uses) are left out.
 */
function markup(element: ReactElement): string {
  const html = renderToStaticMarkup(h(ConfigProvider, { theme: { zeroRuntime: true } }, element));
  return html.replace(/ class="([^"]*)"/g, (_, classes: string) => {
    const kept = classes.split(/\s+/).filter((c) => c && !c.startsWith('css-'));
    return kept.length > 0 ? ` class="${kept.join(' ')}"` : '';
  });
}

describe('plain tags and texts', () => {
  const colors = [
    'green',
    'cyan',
    'blue',
    'geekblue',
    'purple',
    'magenta',
    'gold',
    'orange',
    'red',
    'success',
    'warning',
    'error',
    'default',
    undefined,
  ];
  for (const color of colors) {
    it(`a tag of colour ${color ?? '(none)'} is antd's tag`, () => {
      expect(markup(h(PlainTag, { color }, 'Zalo: 0912 345 678'))).toBe(
        markup(h(Tag, { color }, 'Zalo: 0912 345 678')),
      );
    });
  }

  it('keeps its style, test id, data and label attributes, and an icon before its text', () => {
    const props = {
      color: 'gold',
      style: { marginInlineEnd: 0 },
      'data-role': 'owner',
      'aria-label': '群主',
      icon: h(CrownFilled),
    };
    const plain = markup(h(PlainTag, props, '群主'));
    expect(plain).toBe(markup(h(Tag, props, '群主')));
    expect(plain).toContain('data-role="owner"');
    expect(plain).toContain('aria-label="群主"');
    expect(plain).toMatch(/anticon-crown.*<span>群主<\/span>/);
  });

  for (const type of ['secondary', 'warning', 'danger', undefined] as const) {
    for (const strong of [false, true]) {
      it(`a text of type ${type ?? '(none)'}${strong ? ', strong,' : ''} is antd's text`, () => {
        expect(markup(h(PlainText, { type, strong, children: '12' }))).toBe(
          markup(h(Typography.Text, { type, strong }, '12')),
        );
      });
    }
  }

  for (const [mode, algorithm] of [
    ['light', theme.defaultAlgorithm],
    ['dark', theme.darkAlgorithm],
  ] as const) {
    it(`a default tag's background in the ${mode} theme is the one antd works out for its own tags`, () => {
      const token = theme.getDesignToken({ algorithm });
      const antd = new FastColor(token.colorFillTertiary).onBackground(token.colorBgContainer).toHexString();
      expect(over(token.colorFillTertiary, token.colorBgContainer)).toBe(antd);
    });
  }
  it('lays a translucent colour over an opaque one, whatever way each is written', () => {
    expect(over('rgba(0, 0, 0, 0.04)', '#ffffff')).toBe('#f5f5f5');
    expect(over('#00000000', '#fff')).toBe('#ffffff');
    expect(over('rgb(255 0 0 / 0.5)', '#000000')).toBe('#800000');
  });
});
