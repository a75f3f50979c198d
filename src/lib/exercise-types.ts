/**
 * Registers the stored form of every exercise, so that import and export on 我的学习 can
 * validate them all. Each feature declares its records with defineExercise in
 * src/lib/<feature>/state.ts; importing them here registers them.
 */
import.meta.glob('./*/state.ts', { eager: true });
