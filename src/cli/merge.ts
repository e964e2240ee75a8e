/** Joining the results of several engine runs into one (the engine's, which `lint({ paths })` uses too). */
export { mergeResults } from "../engine/finish.js";
