import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveWeekday, weekRange } from './date-calendar.js';
import { findDates } from './dates.js';

const THURSDAY = new Date('2010-03-18T12:00:00Z');
const dates = (text: string, ref = THURSDAY, lang = 'en') => findDates(text, lang, ref, [{ start: 0, end: text.length }]);
const spans = (text: string, ref = THURSDAY) => dates(text, ref).map((d) => [d.text, d.start, d.end]);

describe('dates', () => {
  it('takes "last week" to be the previous Monday to Sunday, from any day of the week', () => {
    assert.deepEqual(weekRange(THURSDAY, -1), ['2010-03-08', '2010-03-14']);
    assert.deepEqual(weekRange(new Date('2010-03-15T00:00:00Z'), -1), ['2010-03-08', '2010-03-14'], 'from a Monday');
    assert.deepEqual(weekRange(new Date('2010-03-21T23:00:00Z'), -1), ['2010-03-08', '2010-03-14'], 'from a Sunday');
    assert.deepEqual(spans('The plan was announced last week and takes effect next week.'), [
      ['last week', '2010-03-08', '2010-03-14'],
      ['next week', '2010-03-22', '2010-03-28'],
    ]);
  });

  it('reads a weekday as the latest such day, or the next one when the clause speaks of the future', () => {
    assert.equal(resolveWeekday(THURSDAY, 1, 'past'), '2010-03-15');
    assert.equal(resolveWeekday(THURSDAY, 4, 'past'), '2010-03-18', 'the same weekday is the day itself');
    assert.equal(resolveWeekday(THURSDAY, 1, 'last'), '2010-03-08', '"last Monday" is in the previous week');
    assert.equal(dates('The minister resigned on Monday.')[0]?.start, '2010-03-15');
    assert.equal(dates('The council will vote on Monday.')[0]?.start, '2010-03-22');
    assert.equal(dates('The envoy is scheduled to arrive on Saturday.')[0]?.start, '2010-03-20');
    assert.equal(dates('The crossing stays closed until Tuesday, officials said.')[0]?.start, '2010-03-23');
    assert.equal(dates('They met last Friday.')[0]?.start, '2010-03-12');
    assert.equal(dates('Talks ran late into Tuesday night.')[0]?.text, 'Tuesday night');
  });

  it('resolves today, yesterday evening, tomorrow and a weekend, with the words as written', () => {
    assert.deepEqual(spans('Yesterday evening the talks stalled; tomorrow they resume, today nothing moves.'), [
      ['Yesterday evening', '2010-03-17', '2010-03-17'],
      ['tomorrow', '2010-03-19', '2010-03-19'],
      ['today', '2010-03-18', '2010-03-18'],
    ]);
    assert.deepEqual(spans('Crowds gathered over the weekend.'), [['the weekend', '2010-03-13', '2010-03-14']]);
    assert.deepEqual(spans('The vote is expected to slip into the weekend.'), [['the weekend', '2010-03-20', '2010-03-21']]);
  });

  it('gives months, years and decades their whole span, a leading "on" or "in" included', () => {
    assert.deepEqual(spans('Fighting broke out in March 2008 and again on Aug. 3, 2009.'), [
      ['in March 2008', '2008-03-01', '2008-03-31'],
      ['on Aug. 3, 2009', '2009-08-03', '2009-08-03'],
    ]);
    assert.deepEqual(spans('The dam was built in the 1970s and repaired in 1998.'), [
      ['in the 1970s', '1970-01-01', '1979-12-31'],
      ['in 1998', '1998-01-01', '1998-12-31'],
    ]);
    assert.deepEqual(spans('Prices rose earlier this year and fell last month.'), [
      ['earlier this year', '2010-01-01', '2010-03-18'],
      ['last month', '2010-02-01', '2010-02-28'],
    ]);
    assert.deepEqual(spans('Records were kept between January 2005 and March 2007.'), [['between January 2005 and March 2007', '2005-01-01', '2007-03-31']]);
    assert.deepEqual(spans('Output fell in the first three months of the year.'), [['the first three months of the year', '2010-01-01', '2010-03-31']]);
  });

  it('puts a month or day without a year in the past, unless the clause speaks of the future', () => {
    assert.deepEqual(spans('The camp opened in October.'), [['in October', '2009-10-01', '2009-10-31']]);
    assert.deepEqual(spans('Elections will be held in October.'), [['in October', '2010-10-01', '2010-10-31']]);
    assert.deepEqual(spans('The deadline was extended until Jan. 9.'), [['Jan. 9', '2011-01-09', '2011-01-09']]);
    assert.deepEqual(spans('The ceasefire began on Feb. 2 and a census follows in June next year.'), [
      ['on Feb. 2', '2010-02-02', '2010-02-02'],
      ['in June next year', '2011-06-01', '2011-06-30'],
    ]);
    assert.deepEqual(spans('The fund was set up last April.'), [['last April', '2009-04-01', '2009-04-30']]);
  });

  it('counts back "two weeks ago" but leaves vague time, quantities and names alone', () => {
    assert.deepEqual(spans('The flood came two weeks ago.'), [['two weeks ago', '2010-03-04', '2010-03-04']]);
    assert.deepEqual(dates('The siege lasted more than a year, for decades people waited, and recently 2000 people left.'), []);
    assert.deepEqual(dates('She may stay, a reporter for Tbilisi Today said, quoting Resolution 1325.'), []);
    assert.deepEqual(dates('It happened more than two months ago.'), []);
  });

  it('reads other languages with chrono-node, against the publication day', () => {
    const french = dates('Le ministre est arrivé hier à Genève, le 12 mars 2009.', THURSDAY, 'fr');
    assert.deepEqual(
      french.map((d) => [d.text, d.start, d.end]),
      [
        ['hier', '2010-03-17', '2010-03-17'],
        ['12 mars 2009', '2009-03-12', '2009-03-12'],
      ],
    );
    assert.deepEqual(dates('El 5 de marzo de 2009 llegó la misión.', THURSDAY, 'es').map((d) => d.start), ['2009-03-05']);
  });
});
