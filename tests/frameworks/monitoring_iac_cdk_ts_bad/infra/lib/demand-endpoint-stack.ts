import { Stack, StackProps, aws_sagemaker as sagemaker, aws_ssm as ssm } from "aws-cdk-lib";
import { Construct } from "constructs";

export class DemandEndpointStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const modelName = ssm.StringParameter.valueForStringParameter(this, "/demand/approved-model");

    const config = new sagemaker.CfnEndpointConfig(this, "DemandConfig", {
      productionVariants: [{ modelName, variantName: "main", initialInstanceCount: 1, instanceType: "ml.m5.large" }],
    });

    new sagemaker.CfnEndpoint(this, "DemandEndpoint", {
      endpointConfigName: config.attrEndpointConfigName,
      endpointName: "demand-forecast",
    });
  }
}
