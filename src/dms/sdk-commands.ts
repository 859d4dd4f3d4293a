/**
 * The parts of `@aws-sdk/client-database-migration-service` this library uses: the client and one command per
 * operation in `DmsOperations`. `sdk.ts` loads this module on first use. Naming each class (instead of loading the
 * whole package) lets a bundler that tree-shakes keep these commands and drop the other few hundred.
 * @internal
 */
export {
  CancelReplicationTaskAssessmentRunCommand,
  DatabaseMigrationServiceClient,
  DeleteReplicationTaskAssessmentRunCommand,
  DescribeApplicableIndividualAssessmentsCommand,
  DescribeReplicationTaskAssessmentRunsCommand,
  DescribeReplicationTaskIndividualAssessmentsCommand,
  DescribeReplicationTasksCommand,
  StartReplicationTaskAssessmentRunCommand,
} from '@aws-sdk/client-database-migration-service';
