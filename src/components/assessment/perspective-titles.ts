// How the assessment names each perspective, shared by the page (which renders the joint one
// before its script runs, so the heading has its final size from the first frame) and the island.
import type { Perspective } from '../../schema/scorecard.ts';

/** In sentences: "answering from the security side". */
export const PERSPECTIVE_TITLES: Record<Perspective, string> = { joint: 'security and operations together (joint)', security: 'the security side', operations: 'the operations side' };

/** The line under the page's heading that says who is answering. */
export const answeringLine = (perspective: Perspective) => `Answering: ${PERSPECTIVE_TITLES[perspective]}`;
