/** 한국어 문자열. 형태는 영어 리소스(Resource)와 같아야 하며, 타입 검사가 이를 강제한다. */
import type { Resource } from '../en';
import { app } from './app';
import { data } from './data';
import { network } from './network';
import { hidden } from './hidden';
import { output } from './output';
import { neuron } from './neuron';
import { grad } from './grad';
import { backprop } from './backprop';
import { link } from './link';
import { ux } from './ux';
import { lesson } from './lesson';

export const ko: Resource = { app, data, network, hidden, output, neuron, grad, backprop, link, ux, lesson };
