/** Runs in every test file: removes the temporary sites it made once its tests are done. */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../scripts/lib/project.ts';

afterAll(removeTempDirs);
