/**
 * Validation of one target, typed in the form, read from the browser's storage or from an
 * imported file: one sentence per problem, in the page's language, that says what to change. The limits
 * follow the `target` table (data/schema.sql): nilai is DECIMAL(5,4), a fraction with at
 * most four decimals, so the form's percent has at most two.
 */
import { TARGET_METRICS, type Target } from '../metrics/targets';
import { targetId } from '../i18n/target-id';
import { language } from '../i18n/language';

const t = targetId.invalid;

export const TARGET_ID_PATTERN = /^[a-z0-9_]{1,60}$/;
/** Empty = every pemda; '36' = a province and its kab/kota; '35.76' = one pemda. */
export const WILAYAH_PATTERN = /^\d{2}(\.\d{2})?$/;
export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;
export const TEXT_MAX = 300;

/** The field a problem belongs to, so the form can show it beside that input. */
export type TargetProblems = Partial<Record<keyof Target, string>>;

const CONTROL = /\p{Cc}/u;
const FIELD_ORDER: readonly (keyof Target)[] = [
  'target_id', 'metrik', 'nilai', 'pembanding', 'dasar_hukum', 'kode_wilayah', 'tahun_mulai', 'tahun_akhir'
];

export const isTargetMetric = (metrik: string): boolean => (TARGET_METRICS as readonly string[]).includes(metrik);

/** True when a fraction fits DECIMAL(5,4) without rounding (0.3725 yes, 0.37251 no). */
function fourDecimals(nilai: number): boolean {
  const scaled = nilai * 10_000;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

const textOk = (text: string): boolean => {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= TEXT_MAX && !CONTROL.test(trimmed);
};

const yearOk = (year: number): boolean => Number.isInteger(year) && year >= TAHUN_MIN && year <= TAHUN_MAX;

/**
 * Every problem of a target, by field. `taken` holds the ids other targets already use
 * (for a change: without the target's own id).
 */
export function targetProblems(target: Target, taken: ReadonlySet<string>): TargetProblems {
  const problems: TargetProblems = {};
  if (!TARGET_ID_PATTERN.test(target.target_id)) problems.target_id = t.idShape(target.target_id);
  else if (taken.has(target.target_id)) problems.target_id = t.idDuplicate(target.target_id);
  if (!isTargetMetric(target.metrik)) problems.metrik = t.metrik(target.metrik);
  if (!Number.isFinite(target.nilai) || target.nilai <= 0 || target.nilai > 1) problems.nilai = t.fraction(target.nilai);
  else if (!fourDecimals(target.nilai)) problems.nilai = t.fractionDecimals(target.nilai);
  if (!textOk(target.pembanding)) problems.pembanding = t.text(targetId.columns.pembanding);
  if (!textOk(target.dasar_hukum)) problems.dasar_hukum = t.text(targetId.columns.dasar_hukum);
  if (target.kode_wilayah !== null && !WILAYAH_PATTERN.test(target.kode_wilayah)) {
    problems.kode_wilayah = t.wilayah(target.kode_wilayah);
  }
  if (!yearOk(target.tahun_mulai)) problems.tahun_mulai = t.tahunMulai;
  if (target.tahun_akhir !== null && (!yearOk(target.tahun_akhir) || target.tahun_akhir < target.tahun_mulai)) {
    problems.tahun_akhir = t.tahunAkhir;
  }
  return problems;
}

/** The first problem of a target in field order, or null when it can be used. */
export function checkTarget(target: Target, taken: ReadonlySet<string>): string | null {
  const problems = targetProblems(target, taken);
  for (const field of FIELD_ORDER) {
    const problem = problems[field];
    if (problem !== undefined) return problem;
  }
  return null;
}

/** What the form holds: text as typed; nilai in percent. */
export interface TargetDraft {
  target_id: string;
  metrik: string;
  nilai: string;
  pembanding: string;
  dasar_hukum: string;
  kode_wilayah: string;
  tahun_mulai: string;
  tahun_akhir: string;
}

export function emptyDraft(tahun: number): TargetDraft {
  return {
    target_id: '', metrik: 'umkk_anggaran', nilai: '', pembanding: '', dasar_hukum: '',
    kode_wilayah: '', tahun_mulai: String(tahun), tahun_akhir: ''
  };
}

/** 0.3725 → "37,25": the percent the form shows, with the page language's decimal mark (37.25 in English). */
export function fractionToPercentText(nilai: number): string {
  const basisPoints = Math.round(nilai * 10_000);
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  if (rest === 0) return String(whole);
  return `${whole}${language === 'en' ? '.' : ','}${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

export function draftFromTarget(target: Target): TargetDraft {
  return {
    target_id: target.target_id, metrik: target.metrik, nilai: fractionToPercentText(target.nilai),
    pembanding: target.pembanding, dasar_hukum: target.dasar_hukum, kode_wilayah: target.kode_wilayah ?? '',
    tahun_mulai: String(target.tahun_mulai), tahun_akhir: target.tahun_akhir === null ? '' : String(target.tahun_akhir)
  };
}

const PERCENT = /^(\d{1,3})(?:[.,](\d+))?\s*%?$/;

/**
 * A percent as typed ("40", "37,5", "37.25 %") as a fraction computed in whole basis
 * points, so 37,25 becomes exactly the double nearest 0.3725; or the sentence why not.
 */
export function percentToFraction(text: string): { nilai: number } | { problem: string } {
  const match = PERCENT.exec(text.trim());
  if (!match) return { problem: t.persen(text.trim()) };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { problem: t.persenDecimals };
  const basisPoints = Number(match[1]) * 100 + Number(decimals.padEnd(2, '0'));
  if (basisPoints <= 0 || basisPoints > 10_000) return { problem: t.nilaiRange };
  return { nilai: basisPoints / 10_000 };
}

const yearFromText = (text: string): number => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The target a draft describes (text trimmed) and every problem by field. */
export function parseDraft(draft: TargetDraft, taken: ReadonlySet<string>): { target: Target; problems: TargetProblems } {
  const percent = percentToFraction(draft.nilai);
  const wilayah = draft.kode_wilayah.trim();
  const akhir = draft.tahun_akhir.trim();
  const target: Target = {
    target_id: draft.target_id.trim(),
    metrik: draft.metrik,
    nilai: 'nilai' in percent ? percent.nilai : Number.NaN,
    pembanding: draft.pembanding.trim(),
    dasar_hukum: draft.dasar_hukum.trim(),
    kode_wilayah: wilayah === '' ? null : wilayah,
    tahun_mulai: yearFromText(draft.tahun_mulai),
    tahun_akhir: akhir === '' ? null : yearFromText(akhir)
  };
  const problems = targetProblems(target, taken);
  // The form speaks percent: its own sentence replaces the one about fractions.
  if ('problem' in percent) problems.nilai = percent.problem;
  return { target, problems };
}
