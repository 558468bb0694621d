import fc from 'fast-check';
import { describeShapeError, IncomingActivitySchema } from '../../src/server/activity-shape';

const valid = { type: 'message', id: '1', text: 'Hallo', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' }, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/' };

describe('describeShapeError', () => {
  it('accepts a well-formed activity and names the first problem of a bad one', () => {
    expect(describeShapeError(valid)).toBeUndefined();
    expect(describeShapeError({ ...valid, conversation: {} })).toMatch(/^invalid activity: conversation\.id: /);
    expect(describeShapeError({ ...valid, serviceUrl: 'ftp://x' })).toBe('invalid activity: serviceUrl: expected an http(s) URL');
    expect(describeShapeError([])).toMatch(/^invalid activity: body: /);
  });

  it('accepts exactly what the schema accepts', () => {
    const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 3 }), fc.string({ minLength: 60, maxLength: 70 }));
    const id = fc.oneof(text, fc.constant(undefined), fc.constant(null), fc.integer());
    const account = fc.oneof(fc.record({ id }, { requiredKeys: [] }), fc.constant(null), fc.constant([]), fc.constant(undefined), fc.string());
    const url = fc.oneof(fc.constantFrom('http://127.0.0.1:9/', 'https://example.org', 'mailto:a@b', 'nicht-url', ''), fc.constant(undefined), fc.constant(null), fc.integer());
    const body = fc.record(
      { type: fc.oneof(text, fc.constant('message')), channelId: fc.oneof(text, fc.constant('msteams')), conversation: account, from: account, recipient: account, serviceUrl: url, text: fc.oneof(text, fc.constant(null), fc.integer()) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(body, (b) => {
        expect(describeShapeError(b) === undefined).toBe(IncomingActivitySchema.safeParse(b).success);
      }),
      { numRuns: 2000 },
    );
  });
});
