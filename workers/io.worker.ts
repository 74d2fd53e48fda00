import { expose } from 'comlink';
import { createIoApi } from './ioApi';

expose(createIoApi());
