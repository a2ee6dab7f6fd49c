import { parseByteCount, resolveCliOptions, UsageError } from '../../../src/cli/cli-options';

describe('resolveCliOptions', () => {
  test('defaults: stdout, pipeline defaults, entities on', () => {
    const opts = resolveCliOptions(['a.txt'], { color: 'auto', entities: true });
    expect(opts.extract).toEqual({ format: null, encoding: null, normalize: null, maxBytes: 20_000_000, entities: true, entityTypes: null, digits: null, profile: null, site: null });
    expect([opts.output, opts.outputDir, opts.pretty, opts.events, opts.quiet]).toEqual([null, null, false, false, false]);
    expect(Object.isFrozen(opts)).toBe(true);
  });

  test('extraction flags pass through to the pipeline options', () => {
    const opts = resolveCliOptions([], { entities: false, normalize: 'none', format: 'html', encoding: 'cp1256', maxBytes: '5M' });
    expect(opts.extract).toEqual({ format: 'html', encoding: 'cp1256', normalize: 'none', maxBytes: 5_000_000, entities: false, entityTypes: null, digits: null, profile: null, site: null });
  });

  test('-o - means stdout; --debug implies --verbose', () => {
    const opts = resolveCliOptions([], { output: '-', debug: true });
    expect([opts.output, opts.verbose, opts.debug]).toEqual([null, true, true]);
  });

  test.each([
    [{ output: 'a', outputDir: 'b' }, [], '--output and --output-dir cannot be used together'],
    [{ events: true, outputDir: 'b' }, [], '--events writes one stream; it cannot be used with --output-dir'],
    [{ quiet: true, verbose: true }, [], '--quiet and --verbose cannot be used together'],
    [{ null: true }, [], '-0/--null only applies to --paths-from names'],
    [{ pathsFrom: '-' }, ['-'], 'stdin cannot be both --paths-from - and an input (-)'],
    [{ encoding: 'klingon' }, [], '--encoding: unknown encoding label "klingon"'],
    [{ maxBytes: '-3' }, [], '--max-bytes: expected a positive number of bytes, got "-3"'],
  ])('usage error %#', (flags, operands, message) => {
    expect(() => resolveCliOptions(operands, flags)).toThrow(new UsageError(message));
  });

  test('parseByteCount suffixes', () => {
    expect([parseByteCount('1000'), parseByteCount('20k'), parseByteCount('3MB'), parseByteCount(null)]).toEqual([1000, 20_000, 3_000_000, 20_000_000]);
  });
});

describe('resolveCliOptions: entity types, digits, profiles', () => {
  test('--entity-types accepts long and short names, case-insensitive, without repeats', () => {
    const opts = resolveCliOptions([], { entityTypes: 'person, loc,PER' });
    expect(opts.extract.entityTypes).toEqual(['PERSON', 'LOCATION']);
  });

  test('--digits, --site and --profile reach the options; --no-auto-profile turns the first pass off', () => {
    const opts = resolveCliOptions(['x.txt'], { digits: 'latin', site: 'WWW.Tasnimnews.com', profile: 'p.json', autoProfile: false });
    expect([opts.extract.digits, opts.extract.site, opts.profileFile, opts.autoProfile]).toEqual(['latin', 'tasnimnews.com', 'p.json', false]);
  });

  test('--profile - conflicts with reading documents from stdin', () => {
    expect(() => resolveCliOptions([], { profile: '-' })).toThrow('--profile -');
  });
});
