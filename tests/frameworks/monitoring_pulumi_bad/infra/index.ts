import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const endpointConfig = new aws.sagemaker.EndpointConfiguration("churn-config", {
    productionVariants: [{ variantName: "main", modelName: config.require("approvedModel"), initialInstanceCount: 1, instanceType: "ml.m5.large" }],
});
export const endpoint = new aws.sagemaker.Endpoint("churn", { endpointConfigName: endpointConfig.name });
