import type { Table } from 'apache-arrow';
import type { Priority, QueryCoordinator } from '../engine/coordinator';
import { QueryError } from '../engine/query-error';
import { asQuestion, type Question } from '../engine/question';

/**
 * One view's question to the engine and its latest answer. A view is "up to date" when the
 * answer to its latest SQL has been drawn (or has failed), and "settled" when it is up to
 * date or deferred (off screen: not asked until it nears the screen): the app is ready when
 * all are.
 */
export class ViewQuery {
  readonly key: string;
  readonly #questionOf: () => string | Question;
  /** The question for what is on screen now, derived from the filters. */
  readonly question: Question = $derived.by(() => asQuestion(this.#questionOf()));
  /**
   * The SQL on the canonical tables for what is on screen now (what "Lihat SQL" shows): it
   * changes the instant the URL does, so the view counts as unsettled before its effect has
   * even asked.
   */
  readonly sql: string = $derived(this.question.sql);
  /** The SQL whose answer `table` or `error` holds. */
  resultSql = $state('');
  /** The SQL whose answer is on screen. */
  drawnSql = $state('');
  table = $state.raw<Table | null>(null);
  error = $state.raw<QueryError | null>(null);
  /** The data generation (Workbench.generation) `table` or `error` answers for, and the one on screen. */
  #resultGeneration = $state(-1);
  #drawnGeneration = $state(-1);
  /** The current data's generation: a data change keeps the SQL but makes every answer older. */
  readonly #generation: () => number;
  /** `table` or `error` answers the current question on the current data. */
  readonly answered: boolean = $derived.by(() => this.resultSql === this.sql && this.#resultGeneration === this.#generation());
  readonly upToDate: boolean = $derived.by(
    () => this.answered && (this.error !== null || (this.drawnSql === this.sql && this.#drawnGeneration === this.#resultGeneration))
  );
  /** Whether views off screen are asked all the same (OffscreenPolicy). */
  readonly #eager: () => boolean;
  /**
   * Whether the view's card is near the screen: null when nothing watches it (always asked),
   * 'unknown' from when its card is watched until the first report (neither asked nor settled).
   */
  #nearScreen = $state<boolean | 'unknown' | null>(null);
  /** Off screen and not needed by anything else: not asked until it nears the screen. */
  readonly deferred: boolean = $derived.by(() => this.#nearScreen === false && !this.#eager());
  /** Not to be asked now: deferred, or its card's place not known yet. */
  readonly #waiting: boolean = $derived.by(() => this.deferred || (this.#nearScreen === 'unknown' && !this.#eager()));
  readonly settled = $derived(this.deferred || this.upToDate);

  #coordinator: () => QueryCoordinator;
  #priority: Priority;

  constructor(
    key: string,
    questionOf: () => string | Question,
    coordinator: () => QueryCoordinator,
    priority: Priority,
    eager: () => boolean = () => true,
    generation: () => number = () => 0
  ) {
    this.key = key;
    this.#questionOf = questionOf;
    this.#coordinator = coordinator;
    this.#priority = priority;
    this.#eager = eager;
    this.#generation = generation;
  }

  /** Called by the component as its card is first watched ('unknown'), then as it comes near the screen or leaves it. */
  setNearScreen(near: boolean | 'unknown'): void {
    this.#nearScreen = near;
  }

  /**
   * Ask for the current SQL (call from an effect; it runs again when the view stops being
   * deferred); an older answer is never shown.
   */
  fetch(): void {
    if (this.#waiting) {
      if (this.deferred) this.#coordinator().expect(this.question);
      return;
    }
    const question = this.question;
    const sql = question.sql;
    const generation = this.#generation();
    this.#coordinator()
      .request(this.key, question, this.#priority)
      .then((outcome) => {
        if (outcome.status === 'stale') return;
        this.table = outcome.table;
        this.error = null;
        this.resultSql = sql;
        this.#resultGeneration = generation;
      })
      .catch((cause: unknown) => {
        if (this.sql !== sql) return;
        // An older answer is not kept beside the error: nothing may draw it as this question's.
        this.table = null;
        this.error = cause instanceof QueryError ? cause : new QueryError({ name: 'Error', message: String(cause), sql, fatal: false });
        this.resultSql = sql;
        this.#resultGeneration = generation;
      });
  }

  /** Called by the component once the current answer is on screen. */
  markDrawn(): void {
    this.drawnSql = this.resultSql;
    this.#drawnGeneration = this.#resultGeneration;
  }
}
