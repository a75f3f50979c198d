/** The day sorter's logic: the stored sort and the reflection on it. */
export * from './model';
export * from './reflect';
export { t as daySorterStrings } from './strings';
