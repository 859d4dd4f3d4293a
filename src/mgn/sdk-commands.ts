/**
 * The parts of `@aws-sdk/client-mgn` this library uses: the client and one command per operation in
 * `MgnOperations`. `sdk.ts` loads this module on first use. Naming each class (instead of loading the whole package)
 * lets a bundler that tree-shakes keep these commands and drop the rest.
 * @internal
 */
export {
  ListExportErrorsCommand,
  ListExportsCommand,
  ListImportErrorsCommand,
  ListImportsCommand,
  MgnClient,
  StartExportCommand,
  StartImportCommand,
} from '@aws-sdk/client-mgn';
