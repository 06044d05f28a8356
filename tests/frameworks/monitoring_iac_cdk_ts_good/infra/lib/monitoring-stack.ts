import * as cdk from "aws-cdk-lib";
import * as sm from "aws-cdk-lib/aws-sagemaker";
import * as dms from "aws-cdk-lib/aws-dms";
import { Construct } from "constructs";

export class MonitoringStack extends cdk.Stack {
  constructor(scope: Construct, id: string, endpointName: string, props?: cdk.StackProps) {
    super(scope, id, props);
    // the sales database the training data is replicated from (a DMS endpoint, not a model endpoint)
    new dms.CfnEndpoint(this, "SalesSource", { endpointType: "source", engineName: "postgres" });

    const quality = new sm.CfnDataQualityJobDefinition(this, "DriftJob", {
      dataQualityAppSpecification: { imageUri: "model-monitor-analyzer" },
      dataQualityBaselineConfig: { constraintsResource: { s3Uri: "s3://demand-baselines/constraints.json" } },
      dataQualityJobInput: { endpointInput: { endpointName, localPath: "/opt/ml/processing/input" } },
      dataQualityJobOutputConfig: { monitoringOutputs: [{ s3Output: { s3Uri: "s3://demand-monitoring/", localPath: "/opt/ml/processing/output" } }] },
      jobResources: { clusterConfig: { instanceCount: 1, instanceType: "ml.m5.large", volumeSizeInGb: 20 } },
      roleArn: "arn:aws:iam::111122223333:role/monitor",
    });
    new sm.CfnMonitoringSchedule(this, "HourlyDrift", {
      monitoringScheduleConfig: { monitoringJobDefinitionName: quality.attrJobDefinitionName, monitoringType: "DataQuality", scheduleConfig: { scheduleExpression: "cron(0 * ? * * *)" } },
      monitoringScheduleName: "demand-drift",
    });
  }
}
