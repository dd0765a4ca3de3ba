import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates, resolveWeekday, weekRange } from './dates.js';

const THURSDAY = new Date('2010-03-18T12:00:00Z');
const dates = (text: string) => findDates(text, THURSDAY, [{ start: 0, end: text.length }]);

describe('dates', () => {
  it('takes "last week" to be the previous Monday to Sunday', () => {
    assert.deepEqual(weekRange(THURSDAY, -1), ['2010-03-08', '2010-03-14']);
    assert.deepEqual(weekRange(new Date('2010-03-15T00:00:00Z'), -1), ['2010-03-08', '2010-03-14'], 'from a Monday');
    assert.deepEqual(weekRange(new Date('2010-03-21T23:00:00Z'), -1), ['2010-03-08', '2010-03-14'], 'from a Sunday');
    const [d] = dates('The plan was announced last week.');
    assert.deepEqual([d?.text, d?.date, d?.endDate], ['last week', '2010-03-08', '2010-03-14']);
  });

  it('reads a weekday as the most recent such day, or the next one in the future tense', () => {
    assert.equal(resolveWeekday(THURSDAY, 1, 'past'), '2010-03-15');
    assert.equal(resolveWeekday(THURSDAY, 4, 'past'), '2010-03-18', 'the same weekday is today');
    assert.equal(resolveWeekday(THURSDAY, 5, 'past'), '2010-03-12');
    assert.equal(dates('The minister resigned on Monday.')[0]?.date, '2010-03-15');
    assert.equal(dates('The council will vote on Monday.')[0]?.date, '2010-03-22');
    assert.equal(dates('The envoy is scheduled to arrive on Saturday.')[0]?.date, '2010-03-20');
    assert.equal(dates('They met last Thursday.')[0]?.date, '2010-03-11');
    assert.equal(dates('They meet next Monday.')[0]?.date, '2010-03-22');
  });

  it('resolves today, yesterday and tomorrow, and written dates with chrono', () => {
    const found = dates('Yesterday the talks stalled; tomorrow they resume, and the report is due on 2 April 2010.');
    assert.deepEqual(
      found.map((d) => [d.text, d.date]),
      [['Yesterday', '2010-03-17'], ['tomorrow', '2010-03-19'], ['2 April 2010', '2010-04-02']],
    );
  });

  it('leaves durations alone and relative dates unresolved without a publication day', () => {
    assert.deepEqual(dates('The siege lasted more than a year after the war.'), []);
    assert.equal(findDates('It happened today.', null, [{ start: 0, end: 18 }])[0]?.date, null);
  });
});
