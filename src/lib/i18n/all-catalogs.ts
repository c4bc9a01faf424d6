// Every language's messages in place up front, for unit tests: Node has nothing to download, and
// tests translate into any language synchronously. The app loads languages on demand (catalog.ts).
import { registerCatalog } from './catalog.ts';
import en from './messages/en.ts';

registerCatalog('en', en);
