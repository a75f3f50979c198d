import Notes from '../components/mdx/Notes.astro';
import SlideBreak from '../components/mdx/SlideBreak.astro';
import Activity from '../components/mdx/Activity.astro';
import Example from '../components/mdx/Example.astro';
import Tip from '../components/mdx/Tip.astro';
import Takeaways from '../components/mdx/Takeaways.astro';
import Exercise from '../components/mdx/Exercise.astro';

/** Components every unit's MDX may use without importing them (reading view). */
export const readingComponents = { Notes, SlideBreak, Activity, Example, Tip, Takeaways, Exercise };
