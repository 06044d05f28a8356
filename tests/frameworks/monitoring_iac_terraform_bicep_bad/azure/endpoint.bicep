param workspaceName string
param location string = resourceGroup().location

resource workspace 'Microsoft.MachineLearningServices/workspaces@2023-10-01' existing = {
  name: workspaceName
}

resource endpoint 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2023-10-01' = {
  parent: workspace
  name: 'claims-fraud'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: { authMode: 'Key' }
}
