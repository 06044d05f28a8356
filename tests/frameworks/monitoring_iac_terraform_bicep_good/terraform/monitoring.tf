resource "aws_sagemaker_data_quality_job_definition" "claims" {
  name     = "claims-fraud-drift"
  role_arn = var.monitor_role_arn
  data_quality_app_specification {
    image_uri = var.model_monitor_image
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = aws_sagemaker_endpoint.claims.name
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://claims-monitoring/drift"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}

resource "aws_sagemaker_monitoring_schedule" "claims" {
  name = "claims-fraud-drift"
  monitoring_schedule_config {
    monitoring_job_definition_name = aws_sagemaker_data_quality_job_definition.claims.name
    monitoring_type                = "DataQuality"
  }
}
