/**
 * The messages every test may ask for, whatever its environment: tests call translator('en') directly (the page
 * loads English on demand), and parts tested on their own get the Chinese messages of the later parts too (the
 * page loads them with those parts).
 */
import { en } from '../i18n/en';
import { loadLaterMessages, registerCatalogue } from '../i18n/i18n';

registerCatalogue('en', en);
await loadLaterMessages();
