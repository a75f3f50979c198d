/**
 * Registers the stored form of every exercise, so that import and export on 我的学习 can
 * validate them all. Each module below declares its record with defineExercise or
 * defineWorksheet when imported; a unit test checks that every exercise is covered.
 */
import './golden-circle/store';
import './swot/store';
import './johari/store';
import './feedback/store';
import './grow/store';
import './day-sorter/model';
import './goal-worksheet/model';
import './review-worksheet/model';
import './state/attempts';
