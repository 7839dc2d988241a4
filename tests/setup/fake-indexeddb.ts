// Unit and db tests run in Node with an in-memory IndexedDB; Node's Blob is real (jsdom's is not).
import 'fake-indexeddb/auto';
