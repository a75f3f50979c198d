import Notes from '../components/mdx/Notes.astro';
import SlideBreak from '../components/mdx/SlideBreak.astro';
import Activity from '../components/mdx/Activity.astro';
import Example from '../components/mdx/Example.astro';
import Tip from '../components/mdx/Tip.astro';
import Takeaways from '../components/mdx/Takeaways.astro';
import Exercise from '../components/mdx/Exercise.astro';
import PresenterNotes from '../components/mdx/PresenterNotes.astro';
import PresentingSlideBreak from '../components/deck/PresentingSlideBreak.astro';
import PresentingExercise from '../components/deck/PresentingExercise.astro';

/** Components every unit's MDX may use without importing them (reading view). */
export const readingComponents = { Notes, SlideBreak, Activity, Example, Tip, Takeaways, Exercise };

/**
 * The same components for the presenter view: notes are kept (hidden) for the speaker
 * window, slide breaks leave a marker, and exercises know they are on a projected slide.
 */
export const presentingComponents = {
  ...readingComponents,
  Notes: PresenterNotes,
  SlideBreak: PresentingSlideBreak,
  Exercise: PresentingExercise,
};
