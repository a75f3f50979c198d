import Notes from './Notes.astro';
import SlideBreak from './SlideBreak.astro';
import Activity from './Activity.astro';
import Example from './Example.astro';
import Tip from './Tip.astro';
import Takeaways from './Takeaways.astro';
import Exercise from './Exercise.astro';
import PresenterNotes from './PresenterNotes.astro';
import Slide from './Slide.astro';
import BeforeYouStart from './BeforeYouStart.astro';
import BackToWork from './BackToWork.astro';
import PresentingBeforeYouStart from './PresentingBeforeYouStart.astro';
import PresentingBackToWork from './PresentingBackToWork.astro';
import Poll from './Poll.astro';
import PresentingPoll from './PresentingPoll.astro';
import PresentingSlideBreak from '../deck/PresentingSlideBreak.astro';
import PresentingExercise from '../deck/PresentingExercise.astro';
import PresentingSlide from '../deck/PresentingSlide.astro';

/**
 * Components every unit's MDX may use without importing them (reading view). The
 * diagrams (components/diagrams/) and exercise wrappers are imported by each unit itself
 * (src/integrations/unit-components.mjs), so a page carries only the CSS of those it shows.
 */
export const readingComponents = {
  Notes,
  SlideBreak,
  Slide,
  Activity,
  Example,
  Tip,
  Takeaways,
  Exercise,
  BeforeYouStart,
  BackToWork,
  Poll,
};

/**
 * The same components for the presenter view: notes are kept (hidden) for the speaker
 * window, slide breaks leave a marker, and exercises know they are on a projected slide.
 */
export const presentingComponents = {
  ...readingComponents,
  Notes: PresenterNotes,
  SlideBreak: PresentingSlideBreak,
  Exercise: PresentingExercise,
  Slide: PresentingSlide,
  BeforeYouStart: PresentingBeforeYouStart,
  BackToWork: PresentingBackToWork,
  Poll: PresentingPoll,
};
