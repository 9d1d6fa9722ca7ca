import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { ENGAGEMENT_DIMENSIONS } from '../investors/codes';
import { all } from './compose';

/** An optional list of France Active's engagement dimensions, each once: projects' and theses'. */
export const EngagementDimensionList = (): PropertyDecorator =>
  all(IsOptional(), IsArray(), ArrayUnique(), IsIn(ENGAGEMENT_DIMENSIONS, { each: true }));

/** An optional list of UN Sustainable Development Goals (1 to 17), each once: projects' and theses'. */
export const SdgList = (): PropertyDecorator =>
  all(
    IsOptional(),
    IsArray(),
    ArrayUnique(),
    ArrayMaxSize(17),
    IsInt({ each: true }),
    Min(1, { each: true }),
    Max(17, { each: true }),
  );
