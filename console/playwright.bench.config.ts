import { defineConfig } from '@playwright/test'
import tests from './playwright.config'

// The console's paint after sign-in, measured by ./platform bench on the bench data (docs/benchmarks.md); the same
// browser and settings as the browser tests, but never part of ./platform test: a speed is a measurement, not a test.
export default defineConfig({ ...tests, testDir: 'tests/bench', testMatch: '**/*.bench.ts', timeout: 600_000 })
