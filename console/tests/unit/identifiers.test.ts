import { describe, expect, it } from 'vitest'
import { creditCheckCharacter, creditCodeProblem, residentCheckCharacter, residentIdProblem } from '../../src/domain/identifiers'

// The same numbers the server's tests use (services/jurisdiction/.../identifiers): the console and the server agree.
const TODAY = new Date(2026, 11, 7)

describe('resident ID numbers (GB 11643)', () => {
  it('accepts a number with the right check character, in either case of x', () => {
    expect(residentIdProblem('11010519491231002X', TODAY)).toBeNull()
    expect(residentIdProblem('11010519491231002x', TODAY)).toBeNull()
    expect(residentCheckCharacter('11010519491231002')).toBe('X')
  })

  it('names what is wrong, in the order the server checks', () => {
    expect(residentIdProblem('', TODAY)).toBe('required')
    expect(residentIdProblem('1101051949123100', TODAY)).toBe('residentShape')
    expect(residentIdProblem('99010519491231002X', TODAY)).toBe('residentProvince')
    expect(residentIdProblem('110105194902300020', TODAY)).toBe('residentBirthDate')
    expect(residentIdProblem('110105203001010010', TODAY)).toBe('residentBirthDate')
    expect(residentIdProblem('110105194912310021', TODAY)).toBe('residentCheck')
  })

  it('finds every single-digit typo of a valid number', () => {
    const valid = '11010519491231002X'
    for (let i = 0; i < 17; i++) {
      const digit = Number(valid.charAt(i))
      const typo = valid.slice(0, i) + String((digit + 1) % 10) + valid.slice(i + 1)
      expect(residentIdProblem(typo, TODAY)).not.toBeNull()
    }
  })
})

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a code with the right check character, upper or lower case', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeProblem('91350100m000100y43')).toBeNull()
    expect(creditCheckCharacter('91350100M000100Y4')).toBe('3')
  })

  it('names what is wrong', () => {
    expect(creditCodeProblem(' ')).toBe('required')
    expect(creditCodeProblem('91350100M000100Y4')).toBe('creditShape')
    expect(creditCodeProblem('91350100M000100I43')).toBe('creditShape')
    expect(creditCodeProblem('91AB0100M000100Y43')).toBe('creditDivision')
    expect(creditCodeProblem('91350100M000100Y44')).toBe('creditCheck')
  })
})
