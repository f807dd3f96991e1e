import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGE_ARROWS, CHANGE_KINDS, CHANGE_LABELS } from '@shared/compare/change.ts';
import { parseFactorMark } from '@shared/excel/text.ts';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { ActionStatus, ACTION_STATUS_LABELS, FactorMark } from '@shared/model/review.ts';
import { LEVEL_SCORE } from '@shared/scoring.ts';
import { isUnfinished, PRIORITY_LEVELS, UNFINISHED_STATUSES } from '@shared/vocabulary/actions.ts';
import { CHANGE_ORDER } from '@shared/vocabulary/changes.ts';
import { FACTOR_KEY, FACTOR_MEANINGS, FACTOR_SYMBOLS } from '@shared/vocabulary/factors.ts';
import { INDEX_LABEL, INDEX_RULE } from '@shared/vocabulary/index-rule.ts';

const labelOf = (id: string) => currentInstrument.ratingLevels.find((l) => l.id === id)?.label;

describe('action statuses', () => {
  it('open and in progress are unfinished; done and dropped are finished; every status is one or the other', () => {
    expect(ActionStatus.options.filter(isUnfinished)).toEqual(['open', 'in-progress']);
    expect(ActionStatus.options.filter((s) => !isUnfinished(s))).toEqual(['done', 'dropped']);
    for (const status of UNFINISHED_STATUSES) expect(ActionStatus.options).toContain(status);
    expect(Object.keys(ACTION_STATUS_LABELS).sort()).toEqual([...ActionStatus.options].sort());
  });
});

describe('priority order', () => {
  it('is the two NO levels, "action is needed" first, as the form words them', () => {
    expect(PRIORITY_LEVELS.map(labelOf)).toEqual(['NO - action is needed', 'NO - but action is in hand']);
  });
});

describe('change order', () => {
  it('lists every change kind but "none" once, in reading order, each with a label and an arrow', () => {
    expect(CHANGE_ORDER).toEqual(['up', 'down', 'same', 'new', 'gone']);
    expect([...CHANGE_KINDS].sort()).toEqual([...CHANGE_ORDER, 'none'].sort());
    expect(Object.keys(CHANGE_LABELS).sort()).toEqual([...CHANGE_KINDS].sort());
    for (const kind of CHANGE_ORDER) expect(CHANGE_ARROWS[kind]).not.toBe('');
  });
});

describe('typical-factor marks', () => {
  it('has a symbol and a meaning for every mark, and the workbook reader reads each symbol back as its mark', () => {
    expect(FACTOR_SYMBOLS).toEqual({ tick: '✓', cross: '✗' });
    for (const mark of FactorMark.options) {
      expect(FACTOR_MEANINGS[mark]).toMatch(/needs? addressing/);
      expect(parseFactorMark(FACTOR_SYMBOLS[mark])).toBe(mark);
    }
    expect(FACTOR_KEY).toBe('✓ the factor needs addressing, ✗ it does not, blank: not answered. A factor is resolved when a ✓ became a ✗.');
  });
});

describe('the index rule in words', () => {
  it('says what scoring computes, with the form’s level labels', () => {
    expect(INDEX_LABEL).toBe('Index (0–100)');
    expect(INDEX_RULE).toBe(
      'Each rated benchmark scores 0 (NO - action is needed), 1 (NO - but action is in hand), 2 (YES - but needs improving) or 3 (YES - working well); the index is the average as a percentage of 3. Unrated benchmarks are left out and counted as not rated.',
    );
  });

  it('is the rule the README states', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    for (const level of currentInstrument.ratingLevels) expect(readme).toContain(`"${level.label}" ${LEVEL_SCORE[level.id]}`);
    expect(readme).toContain('the mean score as a percentage of 3');
  });
});
