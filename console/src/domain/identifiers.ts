// The check characters of the two identifiers an applicant gives, as the server computes them
// (services/jurisdiction/.../identifiers): the console refuses a mistyped number before it is sent.

/** Why a text is not an identifier, as a message key (locales: `identifiers.*`); null when it is one. */
export type IdentifierProblem =
  | 'required'
  | 'residentShape'
  | 'residentProvince'
  | 'residentBirthDate'
  | 'residentCheck'
  | 'creditShape'
  | 'creditDivision'
  | 'creditCheck'
  | null

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const RESIDENT_CHECK = '10X98765432'
/** GB/T 2260 province-level codes that begin an address code (only these two digits are checked). */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
])

/** The check character of a resident ID number (GB 11643-1999) over its first seventeen digits. */
export function residentCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (RESIDENT_WEIGHTS[i] ?? 0)
  return RESIDENT_CHECK.charAt(sum % 11)
}

/** A resident ID number's problem, judged against `today` for the birth date; null when it is valid. */
export function residentIdProblem(raw: string, today: Date = new Date()): IdentifierProblem {
  const v = raw.trim().toUpperCase()
  if (v === '') return 'required'
  if (!/^\d{17}[\dX]$/.test(v)) return 'residentShape'
  if (!PROVINCE_CODES.has(Number(v.slice(0, 2)))) return 'residentProvince'
  const year = Number(v.slice(6, 10))
  const month = Number(v.slice(10, 12))
  const day = Number(v.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  const real = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
  if (!real || month < 1 || month > 12 || year < 1880 || birth.getTime() > todayUtc) return 'residentBirthDate'
  if (v.charAt(17) !== residentCheckCharacter(v)) return 'residentCheck'
  return null
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character of a unified social credit code (GB 32100-2015) over its first seventeen characters. */
export function creditCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * (CREDIT_WEIGHTS[i] ?? 0)
  const check = 31 - (sum % 31)
  return CREDIT_ALPHABET.charAt(check === 31 ? 0 : check)
}

/** A unified social credit code's problem; null when it is valid. */
export function creditCodeProblem(raw: string): IdentifierProblem {
  const v = raw.trim().toUpperCase()
  if (v === '') return 'required'
  if (v.length !== 18 || [...v].some((c) => !CREDIT_ALPHABET.includes(c))) return 'creditShape'
  if (!/^\d{6}$/.test(v.slice(2, 8))) return 'creditDivision'
  if (v.charAt(17) !== creditCheckCharacter(v)) return 'creditCheck'
  return null
}
