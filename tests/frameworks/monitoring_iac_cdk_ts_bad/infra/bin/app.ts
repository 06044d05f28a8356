#!/usr/bin/env node
import * as cdk from "aws-cdk-lib";
import { DemandEndpointStack } from "../lib/demand-endpoint-stack";

const app = new cdk.App();
new DemandEndpointStack(app, "DemandEndpoint", { env: { region: "eu-west-1" } });
