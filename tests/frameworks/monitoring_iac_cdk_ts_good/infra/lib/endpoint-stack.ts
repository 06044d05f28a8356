import { Stack, StackProps } from "aws-cdk-lib";
import { CfnEndpoint, CfnEndpointConfig } from "aws-cdk-lib/aws-sagemaker";
import { Construct } from "constructs";

export class EndpointStack extends Stack {
  readonly endpointName = "demand-forecast";

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const config = new CfnEndpointConfig(this, "Config", {
      productionVariants: [{ modelName: "demand-approved", variantName: "main", initialInstanceCount: 1, instanceType: "ml.m5.large" }],
      dataCaptureConfig: { enableCapture: true, initialSamplingPercentage: 25, destinationS3Uri: "s3://demand-capture/", captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }] },
    });
    new CfnEndpoint(this, "Endpoint", { endpointConfigName: config.attrEndpointConfigName, endpointName: this.endpointName });
  }
}
