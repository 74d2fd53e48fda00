import { expose } from 'comlink';
import { computeApi } from './computeApi';

expose(computeApi);
