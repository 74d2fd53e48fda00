import { labs } from '../../experiments/registry';
import { findLesson, lessons } from './catalogue';
import type { Lesson } from './lesson';
import { stepKey, type Progress } from './progress';
import { StepView } from './StepView';
import { useProgress } from './useProgress';

/** #/lessons, #/lessons/<lesson>, #/lessons/<lesson>/<step>. */
export default function LessonsView({ path }: { path: string[] }) {
  const progress = useProgress();
  const lesson = path[0] ? findLesson(path[0]) : undefined;
  if (!lesson) return <LessonsIndex progress={progress.progress} onClear={progress.clear} unknown={path[0] ?? null} />;
  const requested = Number(path[1] ?? nextStep(lesson, progress.progress));
  const number = Number.isInteger(requested) && requested >= 1 && requested <= lesson.steps.length ? requested : 1;
  return (
    <article className="workshop lesson-page">
      <p className="breadcrumb">
        <a href="#/lessons">Lessons</a> › {lesson.title}
      </p>
      <h2>{lesson.title}</h2>
      <nav aria-label="Steps">
        <ol className="step-list">
          {lesson.steps.map((step, i) => (
            <li key={step.title}>
              <a href={`#/lessons/${lesson.id}/${i + 1}`} aria-current={i + 1 === number ? 'step' : undefined}>
                {step.title}
              </a>
              {stepState(progress.progress, lesson, i + 1)}
            </li>
          ))}
        </ol>
      </nav>
      <StepView key={`${lesson.id}-${number}`} lesson={lesson} number={number} progress={progress} />
      <nav aria-label="Previous and next step" className="step-pager">
        {number > 1 ? <a href={`#/lessons/${lesson.id}/${number - 1}`}>Previous step</a> : null}
        {number < lesson.steps.length ? <a href={`#/lessons/${lesson.id}/${number + 1}`}>Next step</a> : <a href="#/lessons">All lessons</a>}
      </nav>
    </article>
  );
}

function LessonsIndex({ progress, onClear, unknown }: { progress: Progress; onClear(): void; unknown: string | null }) {
  const started = Object.keys(progress).length;
  return (
    <article className="workshop lessons">
      <h2>Lessons</h2>
      {unknown ? <p role="alert">There is no lesson “{unknown}” here; these are the lessons this version has.</p> : null}
      <p className="lesson">
        Each lesson is a few steps in one lab. Read the question, write down what you expect in Your prediction, then run the real lab on your own cores with
        the step’s settings, and compare what your machine measured with your prediction and with what the book, the Orthanc manual or David Beazley found.
        Predicting first is what makes a demonstration teach (Crouch et al. 2004; Miller et al. 2013). Your predictions and progress stay in this browser; every
        step has its own link, for a leader to send a room to it.
      </p>
      <ol className="lesson-list">
        {lessons.map((lesson) => {
          const done = lesson.steps.filter((_, i) => progress[stepKey(lesson.id, i + 1)]?.measured).length;
          return (
            <li key={lesson.id}>
              <h3>
                <a href={`#/lessons/${lesson.id}/${nextStep(lesson, progress)}`}>{lesson.title}</a>
              </h3>
              <p>{lesson.summary}</p>
              <p className="field-hint">
                Lab: {labs.find((lab) => lab.id === lesson.lab)?.title ?? lesson.lab}. {done} of {lesson.steps.length} steps measured.
              </p>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" onClick={onClear} disabled={started === 0}>
          Clear progress
        </button>
        <p className="field-hint">Forgets every prediction and measurement of the lessons in this browser (kept runs stay in Compare).</p>
      </div>
    </article>
  );
}

/** The first step not yet measured (the last step when all are). */
function nextStep(lesson: Lesson, progress: Progress): number {
  const index = lesson.steps.findIndex((_, i) => !progress[stepKey(lesson.id, i + 1)]?.measured);
  return index === -1 ? lesson.steps.length : index + 1;
}

function stepState(progress: Progress, lesson: Lesson, number: number): string {
  const record = progress[stepKey(lesson.id, number)];
  if (!record) return '';
  return record.measured ? ' (measured)' : record.prediction === null ? ' (skipped the prediction)' : ' (predicted)';
}
