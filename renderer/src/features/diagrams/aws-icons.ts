// Official AWS architecture icons (the aws-icons package) for the services our diagrams name.
// Only the icons listed here are bundled. A service missing here gets a neutral badge; the
// diagram test lists which services have none.

import groupAccount from 'aws-icons/icons/architecture-group/AWSAccount.svg';
import groupCloud from 'aws-icons/icons/architecture-group/AWSCloudlogo.svg';
import groupOnPremises from 'aws-icons/icons/architecture-group/Corporatedatacenter.svg';
import groupSubnet from 'aws-icons/icons/architecture-group/Privatesubnet.svg';
import groupRegion from 'aws-icons/icons/architecture-group/Region.svg';
import groupVpc from 'aws-icons/icons/architecture-group/VirtualprivatecloudVPC.svg';
import iconAmazonApiGateway from 'aws-icons/icons/architecture-service/AmazonAPIGateway.svg';
import iconAmazonAthena from 'aws-icons/icons/architecture-service/AmazonAthena.svg';
import iconAmazonAurora from 'aws-icons/icons/architecture-service/AmazonAurora.svg';
import iconAmazonCloudfront from 'aws-icons/icons/architecture-service/AmazonCloudFront.svg';
import iconAmazonCloudwatch from 'aws-icons/icons/architecture-service/AmazonCloudWatch.svg';
import iconAmazonDataFirehose from 'aws-icons/icons/architecture-service/AmazonDataFirehose.svg';
import iconAmazonDynamodb from 'aws-icons/icons/architecture-service/AmazonDynamoDB.svg';
import iconAmazonEc2 from 'aws-icons/icons/architecture-service/AmazonEC2.svg';
import iconAmazonEc2AutoScaling from 'aws-icons/icons/architecture-service/AmazonEC2AutoScaling.svg';
import iconEc2ImageBuilder from 'aws-icons/icons/architecture-service/AmazonEC2ImageBuilder.svg';
import iconAmazonEfs from 'aws-icons/icons/architecture-service/AmazonEFS.svg';
import iconAmazonEcr from 'aws-icons/icons/architecture-service/AmazonElasticContainerRegistry.svg';
import iconAmazonEcs from 'aws-icons/icons/architecture-service/AmazonElasticContainerService.svg';
import iconAmazonEks from 'aws-icons/icons/architecture-service/AmazonElasticKubernetesService.svg';
import iconAmazonEventbridge from 'aws-icons/icons/architecture-service/AmazonEventBridge.svg';
import iconAmazonGuardduty from 'aws-icons/icons/architecture-service/AmazonGuardDuty.svg';
import iconAmazonInspector from 'aws-icons/icons/architecture-service/AmazonInspector.svg';
import iconAmazonKinesis from 'aws-icons/icons/architecture-service/AmazonKinesis.svg';
import iconAmazonKinesisDataStreams from 'aws-icons/icons/architecture-service/AmazonKinesisDataStreams.svg';
import iconAmazonOpensearchService from 'aws-icons/icons/architecture-service/AmazonOpenSearchService.svg';
import iconAmazonRds from 'aws-icons/icons/architecture-service/AmazonRDS.svg';
import iconAmazonRoute53 from 'aws-icons/icons/architecture-service/AmazonRoute53.svg';
import iconAmazonSns from 'aws-icons/icons/architecture-service/AmazonSimpleNotificationService.svg';
import iconAmazonSqs from 'aws-icons/icons/architecture-service/AmazonSimpleQueueService.svg';
import iconAmazonS3 from 'aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg';
import iconAmazonVpc from 'aws-icons/icons/architecture-service/AmazonVirtualPrivateCloud.svg';
import iconAwsApplicationAutoScaling from 'aws-icons/icons/architecture-service/AWSApplicationAutoScaling.svg';
import iconAwsBackup from 'aws-icons/icons/architecture-service/AWSBackup.svg';
import iconAwsClientVpn from 'aws-icons/icons/architecture-service/AWSClientVPN.svg';
import iconAwsCloudformation from 'aws-icons/icons/architecture-service/AWSCloudFormation.svg';
import iconAwsCloudtrail from 'aws-icons/icons/architecture-service/AWSCloudTrail.svg';
import iconAwsCodebuild from 'aws-icons/icons/architecture-service/AWSCodeBuild.svg';
import iconAwsCodecommit from 'aws-icons/icons/architecture-service/AWSCodeCommit.svg';
import iconAwsCodedeploy from 'aws-icons/icons/architecture-service/AWSCodeDeploy.svg';
import iconAwsCodepipeline from 'aws-icons/icons/architecture-service/AWSCodePipeline.svg';
import iconAwsCli from 'aws-icons/icons/architecture-service/AWSCommandLineInterface.svg';
import iconAwsComputeOptimizer from 'aws-icons/icons/architecture-service/AWSComputeOptimizer.svg';
import iconAwsConfig from 'aws-icons/icons/architecture-service/AWSConfig.svg';
import iconAwsBillingAndCostManagement from 'aws-icons/icons/architecture-service/AWSCostExplorer.svg';
import iconAwsElasticBeanstalk from 'aws-icons/icons/architecture-service/AWSElasticBeanstalk.svg';
import iconAwsFargate from 'aws-icons/icons/architecture-service/AWSFargate.svg';
import iconAwsFirewallManager from 'aws-icons/icons/architecture-service/AWSFirewallManager.svg';
import iconAwsHealth from 'aws-icons/icons/architecture-service/AWSHealthDashboard.svg';
import iconAwsIamIdentityCenter from 'aws-icons/icons/architecture-service/AWSIAMIdentityCenter.svg';
import iconAwsIam from 'aws-icons/icons/architecture-service/AWSIdentityandAccessManagement.svg';
import iconAwsSecurityTokenService from 'aws-icons/icons/architecture-service/AWSIdentityandAccessManagement.svg';
import iconAwsKms from 'aws-icons/icons/architecture-service/AWSKeyManagementService.svg';
import iconAwsLambda from 'aws-icons/icons/architecture-service/AWSLambda.svg';
import iconAwsNetworkFirewall from 'aws-icons/icons/architecture-service/AWSNetworkFirewall.svg';
import iconAwsOrganizations from 'aws-icons/icons/architecture-service/AWSOrganizations.svg';
import iconAwsPrivatelink from 'aws-icons/icons/architecture-service/AWSPrivateLink.svg';
import iconAwsSecretsManager from 'aws-icons/icons/architecture-service/AWSSecretsManager.svg';
import iconAwsSecurityHub from 'aws-icons/icons/architecture-service/AWSSecurityHub.svg';
import iconAwsShield from 'aws-icons/icons/architecture-service/AWSShield.svg';
import iconAwsStepFunctions from 'aws-icons/icons/architecture-service/AWSStepFunctions.svg';
import iconAwsSystemsManager from 'aws-icons/icons/architecture-service/AWSSystemsManager.svg';
import iconAwsTransitGateway from 'aws-icons/icons/architecture-service/AWSTransitGateway.svg';
import iconAwsWaf from 'aws-icons/icons/architecture-service/AWSWAF.svg';
import iconAwsXray from 'aws-icons/icons/architecture-service/AWSXRay.svg';
import iconElasticLoadBalancing from 'aws-icons/icons/architecture-service/ElasticLoadBalancing.svg';
import iconAmazonCloudwatchLogs from 'aws-icons/icons/resource/AmazonCloudWatchLogs.svg';
import iconAmazonDynamodbAccelerator from 'aws-icons/icons/resource/AmazonDynamoDBAmazonDynamoDBAccelerator.svg';
import iconAmazonDynamodbStreams from 'aws-icons/icons/resource/AmazonDynamoDBStream.svg';
import iconAwsIamAccessAnalyzer from 'aws-icons/icons/resource/AWSIdentityAccessManagementIAMAccessAnalyzer.svg';

export const SERVICE_ICONS: Readonly<Record<string, string>> = {
  'AWS Application Auto Scaling': iconAwsApplicationAutoScaling,
  'AWS Backup': iconAwsBackup,
  'AWS Billing and Cost Management': iconAwsBillingAndCostManagement,
  'AWS CLI': iconAwsCli,
  'AWS Client VPN': iconAwsClientVpn,
  'AWS CloudFormation': iconAwsCloudformation,
  'AWS CloudTrail': iconAwsCloudtrail,
  'AWS CodeBuild': iconAwsCodebuild,
  'AWS CodeCommit': iconAwsCodecommit,
  'AWS CodeDeploy': iconAwsCodedeploy,
  'AWS CodePipeline': iconAwsCodepipeline,
  'AWS Compute Optimizer': iconAwsComputeOptimizer,
  'AWS Config': iconAwsConfig,
  'AWS Elastic Beanstalk': iconAwsElasticBeanstalk,
  'AWS Fargate': iconAwsFargate,
  'AWS Firewall Manager': iconAwsFirewallManager,
  'AWS Health': iconAwsHealth,
  'AWS IAM': iconAwsIam,
  'AWS IAM Access Analyzer': iconAwsIamAccessAnalyzer,
  'AWS IAM Identity Center': iconAwsIamIdentityCenter,
  'AWS KMS': iconAwsKms,
  'AWS Lambda': iconAwsLambda,
  'AWS Network Firewall': iconAwsNetworkFirewall,
  'AWS Organizations': iconAwsOrganizations,
  'AWS PrivateLink': iconAwsPrivatelink,
  'AWS Secrets Manager': iconAwsSecretsManager,
  'AWS Security Hub': iconAwsSecurityHub,
  'AWS Security Token Service': iconAwsSecurityTokenService,
  'AWS Step Functions': iconAwsStepFunctions,
  'AWS Shield': iconAwsShield,
  'AWS Systems Manager': iconAwsSystemsManager,
  'AWS Transit Gateway': iconAwsTransitGateway,
  'AWS WAF': iconAwsWaf,
  'AWS X-Ray': iconAwsXray,
  'Amazon API Gateway': iconAmazonApiGateway,
  'Amazon Athena': iconAmazonAthena,
  'Amazon Aurora': iconAmazonAurora,
  'Amazon CloudFront': iconAmazonCloudfront,
  'Amazon CloudWatch': iconAmazonCloudwatch,
  'Amazon CloudWatch Logs': iconAmazonCloudwatchLogs,
  'Amazon Data Firehose': iconAmazonDataFirehose,
  'Amazon DynamoDB': iconAmazonDynamodb,
  'Amazon DynamoDB Accelerator': iconAmazonDynamodbAccelerator,
  'Amazon DynamoDB Streams': iconAmazonDynamodbStreams,
  'Amazon EC2': iconAmazonEc2,
  'Amazon EC2 Auto Scaling': iconAmazonEc2AutoScaling,
  'Amazon ECR': iconAmazonEcr,
  'Amazon ECS': iconAmazonEcs,
  'Amazon EFS': iconAmazonEfs,
  'Amazon EKS': iconAmazonEks,
  'Amazon EventBridge': iconAmazonEventbridge,
  'Amazon GuardDuty': iconAmazonGuardduty,
  'Amazon Inspector': iconAmazonInspector,
  'Amazon Kinesis': iconAmazonKinesis,
  'Amazon Kinesis Data Streams': iconAmazonKinesisDataStreams,
  'Amazon OpenSearch Service': iconAmazonOpensearchService,
  'Amazon RDS': iconAmazonRds,
  'Amazon Route 53': iconAmazonRoute53,
  'Amazon S3': iconAmazonS3,
  'Amazon SNS': iconAmazonSns,
  'Amazon SQS': iconAmazonSqs,
  'Amazon VPC': iconAmazonVpc,
  'EC2 Image Builder': iconEc2ImageBuilder,
  'Elastic Load Balancing': iconElasticLoadBalancing,
};

export const GROUP_ICONS: Readonly<Record<string, string>> = {
  cloud: groupCloud,
  account: groupAccount,
  region: groupRegion,
  vpc: groupVpc,
  subnet: groupSubnet,
  'on-premises': groupOnPremises,
};
