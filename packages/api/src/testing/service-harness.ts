// Router tests run against the same throwaway database and queues as the intake package's own tests.
export { startIntakeHarness as startServiceHarness, type IntakeHarness as ServiceHarness } from "@marsad/intake/testing";
