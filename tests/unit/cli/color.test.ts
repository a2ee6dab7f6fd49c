import { colorLevel, makePalette } from '../../../src/cli/color';

describe('colorLevel (cli-conventions §5)', () => {
  test.each([
    ['never beats FORCE_COLOR', 'never', { FORCE_COLOR: '3' }, true, 0],
    ['always without a TTY', 'always', {}, false, 1],
    ['always keeps a forced level', 'always', { FORCE_COLOR: '2' }, false, 2],
    ['FORCE_COLOR beats NO_COLOR and no TTY', 'auto', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=0 turns off on a TTY', 'auto', { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=true is level 1', 'auto', { FORCE_COLOR: 'true' }, false, 1],
    ['NO_COLOR turns off on a TTY', 'auto', { NO_COLOR: '1' }, true, 0],
    ['empty NO_COLOR is ignored', 'auto', { NO_COLOR: '' }, true, 1],
    ['TERM=dumb turns off', 'auto', { TERM: 'dumb' }, true, 0],
    ['stderr TTY turns on', 'auto', { TERM: 'xterm' }, true, 1],
    ['not a TTY stays off', 'auto', {}, false, 0],
  ] as const)('%s', (_name, mode, env, tty, level) => {
    expect(colorLevel(mode, env, tty)).toBe(level);
  });

  test('level 0 palette adds no escape codes; level 1 does', () => {
    expect(makePalette(0).error('(E_READ)')).toBe('(E_READ)');
    expect(makePalette(1).error('(E_READ)')).toBe('\u001b[31m(E_READ)\u001b[39m');
  });
});
