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
import AbilityLevels from '../diagrams/AbilityLevels.astro';
import GoalSteps from '../diagrams/GoalSteps.astro';
import GoldenCircle from '../diagrams/GoldenCircle.astro';
import GrowModel from '../diagrams/GrowModel.astro';
import JohariWindow from '../diagrams/JohariWindow.astro';
import ListeningLevels from '../diagrams/ListeningLevels.astro';
import ManageVsLead from '../diagrams/ManageVsLead.astro';
import ManagerFourJobs from '../diagrams/ManagerFourJobs.astro';
import PdcaCycle from '../diagrams/PdcaCycle.astro';
import RedGreenContrast from '../diagrams/RedGreenContrast.astro';
import ReviewSteps from '../diagrams/ReviewSteps.astro';
import ServiceGaps from '../diagrams/ServiceGaps.astro';
import TowsMatrix from '../diagrams/TowsMatrix.astro';
import PresentingSlideBreak from '../deck/PresentingSlideBreak.astro';
import PresentingExercise from '../deck/PresentingExercise.astro';
import PresentingSlide from '../deck/PresentingSlide.astro';

/** The lectures' diagrams, placed by name in MDX (`<ServiceGaps />`) with no import. */
export const diagrams = {
  AbilityLevels,
  GoalSteps,
  GoldenCircle,
  GrowModel,
  JohariWindow,
  ListeningLevels,
  ManageVsLead,
  ManagerFourJobs,
  PdcaCycle,
  RedGreenContrast,
  ReviewSteps,
  ServiceGaps,
  TowsMatrix,
};

/** Components every unit's MDX may use without importing them (reading view). */
export const readingComponents = {
  ...diagrams,
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
