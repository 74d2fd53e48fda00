import { expose } from 'comlink';
import { createQueuesApi } from './queuesApi';

expose(createQueuesApi());
