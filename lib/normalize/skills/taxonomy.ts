/**
 * Curated skills taxonomy: canonical skill names, categories and aliases, kept as compact data.
 *
 * One skill per line: `Name | alias | alias | > Expanded, Skills`. A form prefixed with `~` is an ordinary word
 * (ambiguous: usual casing + technical context needed, see types.ts); `=` means exact casing only ("REST"); `^` means
 * the form counts only where skills are listed, never in free text ("QA": "QA builds" is not Quality Assurance).
 * Programming languages come from languages.generated.ts (built from linguist-languages by gen-languages.ts).
 */
import type { SkillCategory } from '../../schema/profile';
import { LANGUAGES } from './languages.generated';
import type { SkillEntry } from './types';

export type { SkillEntry } from './types';

const DATA: Record<SkillCategory, string> = {
  languages: `
Regex | regular expressions | regexes | RegExp
`,
  frontend: `
HTML | HTML5 | XHTML
CSS | CSS3
=React | React.js | ReactJS | React JS
React Hooks | React Hook
Context API | React Context | React Context API
Redux
Redux Toolkit | RTK
Redux-Saga | Redux Saga
MobX
Zustand
~Recoil | Recoil.js
Jotai
XState
RxJS
NgRx
Vue.js | Vue | VueJS | Vue 3 | Vue 2
Vuex
Pinia
Nuxt | Nuxt.js | NuxtJS
=Angular | Angular 2+
AngularJS | Angular.js | Angular 1
Angular Material
Next.js | NextJS | Next JS
~Remix | Remix.run
Gatsby.js | ~Gatsby | GatsbyJS
~Astro | Astro.js
=Svelte | Svelte.js
SvelteKit
Ember.js | ~Ember | EmberJS
Backbone.js | ~Backbone | BackboneJS
jQuery
Preact
SolidJS | Solid.js
Qwik
Alpine.js | AlpineJS
htmx
~Lit | Lit Element | LitElement
Web Components | Custom Elements
~Polymer
Stencil.js | StencilJS
Tailwind CSS | =Tailwind | TailwindCSS
~Bootstrap | Twitter Bootstrap
Material UI | MUI | MaterialUI | Material-UI
Chakra UI
Ant Design | antd
shadcn/ui | shadcn
Radix UI
Headless UI
Bulma
Foundation CSS | Zurb Foundation
Semantic UI
styled-components | styled components
Emotion CSS | Emotion.js
=Sass | =SASS
SCSS
~Less | Less.js | LESS CSS
PostCSS
~Stylus
CSS Modules
CSS-in-JS
CSS Grid
Flexbox
=BEM | BEM methodology
Webpack
Vite | Vite.js | ViteJS
~Rollup | Rollup.js
~Parcel | Parcel.js
esbuild
~Babel | Babel.js
=SWC
Turbopack
~Gulp | Gulp.js
~Grunt | Grunt.js
npm
~Yarn
pnpm
ESLint
~Prettier
=Storybook | Storybook.js
Three.js | ThreeJS
D3.js | =D3 | D3JS
Chart.js | ChartJS
Highcharts
Recharts
ECharts | Apache ECharts
~Leaflet | Leaflet.js
Mapbox | Mapbox GL
WebGL
WebGPU
SVG
HTML Canvas | HTML5 Canvas | Canvas API
Progressive Web Apps | PWA | PWAs | Progressive Web App
Service Workers | Service Worker
Web Workers | Web Worker
WebSockets | WebSocket | Web Sockets
WebRTC
Socket.IO | SocketIO
Shadow DOM
Virtual DOM
~Electron | Electron.js | ElectronJS
Tauri
Browser Extensions | Chrome Extensions | Chrome Extension | Browser Extension | WebExtensions
Responsive Design | responsive web design | responsive layouts | responsive UI
Cross-Browser Compatibility | cross-browser
Web Performance | web perf | web performance optimization | frontend performance | front-end performance
Core Web Vitals | Largest Contentful Paint | =LCP | Cumulative Layout Shift | First Input Delay | Interaction to Next Paint | Web Vitals
~Lighthouse | Google Lighthouse
Code Splitting | code-splitting
Lazy Loading | lazy-loading
Server-Side Rendering | =SSR | server side rendering
Static Site Generation | =SSG | static site generators | static site generator
Micro Frontends | micro-frontends | microfrontends | micro frontend
Single-Page Applications | =SPA | =SPAs | single page applications | single-page apps | single page apps | single-page application | single page application
Internationalization | i18n | localization | l10n
Frontend Development | front-end development | frontend engineering | front-end engineering
Web Development | web dev
WordPress
Shopify | Shopify Liquid | Liquid templates
Drupal
Joomla
Magento | Adobe Commerce
=Wix
Squarespace
Webflow
Contentful
~Sanity | Sanity.io | Sanity CMS
Strapi
Headless CMS
Handlebars | Handlebars.js
=Pug | Pug.js
=EJS
Jinja | Jinja2
Thymeleaf
Framer Motion
GSAP | GreenSock
Hotwire
Apollo Client
React Query | TanStack Query | React-Query
TanStack
=SWR
~Relay | Relay.js | Relay Modern
urql
Formik
React Hook Form
Zod
~Yup
React Router
Vue Router
Immer
Lodash
Moment.js | MomentJS
date-fns
Axios
Fetch API
Web Animations | CSS animations | CSS Animations
jQuery UI
Bootstrap Vue
Vuetify
~Quasar | Quasar Framework
PrimeNG | PrimeReact
Element UI | Element Plus
Blueprint.js | BlueprintJS
Mantine
Styled System
Vanilla Extract
UnoCSS
Windi CSS
Module Federation
Nx | Nx monorepo
Turborepo
Lerna
Lightning Web Components | =LWC
Visualforce
WPF | Windows Presentation Foundation
WinForms | Windows Forms
=UWP | Universal Windows Platform
`,
  backend: `
Node.js | NodeJS | Node JS | ~Node
~Express | Express.js | ExpressJS | Express JS
NestJS | Nest.js
Fastify
~Koa | Koa.js
~Hapi | Hapi.js
Deno
~Bun | Bun.js
Django | Django ORM
Django REST Framework | =DRF | Django Rest | Django REST
~Flask | Python Flask
FastAPI | Fast API
~Celery
SQLAlchemy
Pydantic
~Tornado
aiohttp
Gunicorn
uWSGI
~Spring | Spring Framework | Spring Core
Spring Boot | SpringBoot
Spring Cloud
Spring Security
Spring Data | Spring Data JPA
Spring MVC
Spring WebFlux | WebFlux
Spring Batch
=Hibernate | Hibernate ORM
JPA | Java Persistence API
Micronaut
Quarkus
Vert.x | Vertx
Dropwizard
Play Framework
Akka
=Maven | Apache Maven
Gradle
Apache Ant | ~Ant
Ruby on Rails | =Rails | RoR | Rails framework
~Sinatra
Sidekiq
Laravel
Symfony
CodeIgniter
CakePHP
=Yii | Yii2
Zend Framework | Laminas
Composer PHP
ASP.NET
ASP.NET Core
ASP.NET MVC
.NET | dotnet | .NET Core | .NET Framework | .NET 6 | .NET 8 | DotNet Core
Entity Framework | EF Core | Entity Framework Core
LINQ
Blazor
SignalR
=WCF | Windows Communication Foundation
~Gin | Gin Gonic | Gin framework
Echo Framework | Labstack Echo
Go Fiber
GORM
Go Modules
~Phoenix | Phoenix Framework | Phoenix LiveView
Ecto
Actix | Actix Web | Actix-web
Axum
Rocket.rs | Rocket framework
Tokio
Serde
Ktor
REST APIs | REST API | RESTful APIs | RESTful API | RESTful | =REST | RESTful services | RESTful web services | REST services | RESTful endpoints | REST endpoints
GraphQL | GQL
gRPC | grpc-web
Protocol Buffers | Protobuf | protobufs
Apache Thrift
OpenAPI | =Swagger | OpenAPI Specification | Swagger UI
=SOAP | SOAP APIs | SOAP web services
JSON:API
tRPC
Apollo GraphQL | ~Apollo | Apollo Server | Apollo Federation
Hasura
Webhooks | webhook
API Design | API-first design | API development
API Gateway | API gateways
Microservices | microservice | micro-services | microservices architecture | microservice architecture
Serverless | serverless architecture | serverless computing
Event-Driven Architecture | event-driven | event driven | event-driven architectures | event-driven systems | event-driven design
Event Sourcing
CQRS
Domain-Driven Design | =DDD | domain driven design
Message Queues | message queue | message queuing | message brokers | message broker
Kafka | Apache Kafka
Kafka Streams | > Kafka
Confluent
RabbitMQ
ActiveMQ | Apache ActiveMQ
=NATS
ZeroMQ | =ZMQ
Apache Pulsar | ~Pulsar
Redis | Redis Cluster | Redis Streams
Memcached
Nginx | NGINX Plus
Apache HTTP Server | ~Apache | Apache httpd | Apache2
Tomcat | Apache Tomcat
~Jetty
=IIS
HAProxy
Traefik
~Envoy | Envoy Proxy
OAuth | OAuth2 | OAuth 2.0
JWT | JSON Web Tokens | JSON Web Token
OpenID Connect | =OIDC
=SAML
Single Sign-On | =SSO
Keycloak
Auth0
Okta
Passport.js
Firebase Authentication | Firebase Auth
~Stripe | Stripe API | Stripe Connect
Twilio
SendGrid
PayPal API | Braintree
Elasticsearch | Elastic Search | ElasticSearch
OpenSearch
Solr | Apache Solr
Lucene | Apache Lucene
Algolia
Meilisearch
Typesense
Prisma | Prisma ORM
TypeORM
Sequelize
=Mongoose | Mongoose.js
Knex | Knex.js
Drizzle ORM | ~Drizzle
MikroORM
Objection.js
Rate Limiting | rate limiter | rate limiters
Circuit Breaker | circuit breaking | circuit breakers | circuit-breaker
Backend Development | back-end development | backend engineering | back-end engineering
Distributed Systems | distributed system | distributed computing
Supabase
Appwrite
PocketBase
MuleSoft | MuleSoft Anypoint | Anypoint Platform
Apache Camel
Apigee | Google Apigee
Azure API Management | Azure APIM
Microsoft Graph API | Microsoft Graph
Dell Boomi | Boomi
Workato
Retool
n8n
Google Maps Platform | Google Maps API | Google Maps APIs
Moshi
Gson
OkHttp
`,
  data: `
PostgreSQL | Postgres | Postgre | psql | PostgresSQL | Postgre SQL
PostGIS
MySQL
MariaDB
SQLite
~Oracle | Oracle Database | Oracle DB | Oracle SQL | Oracle 19c
SQL Server | Microsoft SQL Server | MSSQL | MS SQL | MS SQL Server | SQL Server Management Studio | =SSMS
Db2 | IBM Db2
CockroachDB
TiDB
YugabyteDB
~Aurora | Amazon Aurora | Aurora PostgreSQL | Aurora MySQL
PlanetScale
MongoDB | Mongo | MongoDB Atlas | Mongo DB
~Cassandra | Apache Cassandra
ScyllaDB
DynamoDB | Amazon DynamoDB | AWS DynamoDB | Dynamo DB
Couchbase
CouchDB | Apache CouchDB
Neo4j
ArangoDB
Cosmos DB | Azure Cosmos DB | CosmosDB
HBase | Apache HBase
Bigtable | Cloud Bigtable | Google Bigtable
~Spanner | Cloud Spanner | Google Spanner
Firestore | Cloud Firestore
InfluxDB
TimescaleDB
ClickHouse
Apache Druid | ~Druid
etcd
ZooKeeper | Apache ZooKeeper
NoSQL
Pinecone
Weaviate
Milvus
Qdrant
ChromaDB | ~Chroma
pgvector
Vector Databases | vector database | vector DB | vector DBs | vector store | vector stores
=Snowflake | Snowflake DB
BigQuery | Google BigQuery
Redshift | Amazon Redshift | AWS Redshift
Databricks | Databricks SQL
Azure Synapse | Synapse Analytics | Azure Synapse Analytics
Teradata
Vertica
Greenplum
Presto | PrestoDB
Trino
~Hive | Apache Hive | HiveSQL
Apache Impala
Dremio
Delta Lake
Apache Iceberg | ~Iceberg
Apache Hudi | Hudi
~Spark | Apache Spark | Spark SQL | Spark Streaming | Structured Streaming
PySpark
Hadoop | Apache Hadoop | HDFS | MapReduce
Flink | Apache Flink
Apache Beam | ~Beam
Apache Storm | ~Storm
~Airflow | Apache Airflow | Airflow DAGs
Dagster
~Prefect
~Luigi
=dbt | =DBT | dbt Core | dbt Cloud | data build tool
Fivetran
Airbyte
Talend
Informatica | Informatica PowerCenter
=SSIS | SQL Server Integration Services
=SSRS | SQL Server Reporting Services
=SSAS
Matillion
Apache NiFi | NiFi
Debezium
Change Data Capture
Kinesis | Amazon Kinesis | AWS Kinesis | Kinesis Data Streams
Pandas
NumPy
xarray
SciPy
Polars
Dask
Jupyter | Jupyter Notebook | Jupyter Notebooks | JupyterLab | IPython
Google Colab | Colab
RStudio | R Studio
Tidyverse
dplyr
ggplot2
~Shiny | R Shiny
Matplotlib
Seaborn
Plotly | Plotly Dash
Bokeh
Streamlit
SPSS | IBM SPSS
Alteryx
KNIME
~Excel | Microsoft Excel | MS Excel | advanced Excel
Google Sheets
Power BI | PowerBI | Microsoft Power BI | =DAX
~Tableau | Tableau Desktop | Tableau Server
=Looker
Looker Studio | Google Data Studio | Data Studio
Metabase
Apache Superset | ~Superset
Redash
Qlik | QlikView | Qlik Sense
MicroStrategy
Sisense
Crystal Reports
ETL | ETL pipelines | ETL processes | extract transform load
=ELT
Data Pipelines | data pipeline | data pipelining
Data Engineering
Data Warehousing | data warehouse | data warehouses | =DWH
Data Lakes | data lake | lakehouse | data lakehouse
Data Modeling | data modelling | data models | data model design | dimensional modeling | dimensional modelling
Database Design | database schema design | schema design
Query Optimization | SQL optimization | SQL tuning | query tuning
Data Governance
Data Quality
Data Mesh
Master Data Management | =MDM
=Great Expectations
Stream Processing | stream-processing | real-time data processing
Batch Processing
Data Analysis | data analytics | data analyses
Data Science
=Statistics | statistical analysis | statistical modeling | statistical modelling | applied statistics
Bayesian Statistics | Bayesian inference | Bayesian modeling | Bayesian modelling | Bayesian methods | Bayesian analysis
Hypothesis Testing
Regression Analysis
Time Series Analysis | time series | time-series analysis
Time Series Forecasting | time-series forecasting
Forecasting | demand forecasting
Predictive Modeling | predictive modelling | predictive analytics
Data Mining
Web Scraping | web crawling
Data Visualization | data visualisation | data viz | dataviz
Business Intelligence | =BI
Causal Inference
Econometrics
Operations Research
Google Analytics | =GA4 | Universal Analytics
Snowplow
Segment.io | Twilio Segment
Datomic
Amazon Neptune | AWS Neptune
Amazon DocumentDB | DocumentDB | AWS DocumentDB
Amazon Keyspaces
Amazon Timestream
Amazon QuickSight | QuickSight | AWS QuickSight
RethinkDB
FaunaDB | Fauna DB
~Riak | Riak KV
Valkey
TigerGraph
JanusGraph
OrientDB
RavenDB
SurrealDB
EdgeDB
H2 Database
Sybase | SAP ASE | Sybase ASE
Microsoft Access | =MS Access
FileMaker | Claris FileMaker
Informix | IBM Informix
SingleStore | MemSQL
QuestDB
DuckDB
Apache Arrow | ~Arrow
Apache Parquet | ~Parquet
Apache Avro | ~Avro
Apache Pinot | ~Pinot
Azure Data Lake Storage | Azure Data Lake | =ADLS
AWS Lake Formation | Lake Formation
AWS Database Migration Service | =AWS DMS
Microsoft Fabric
Snowpark
Redpanda
ksqlDB | KSQL
Apache Sqoop | Sqoop
Apache Oozie | Oozie
Apache Zeppelin | Zeppelin notebooks
Cloudera | Cloudera CDH | Cloudera Data Platform
Hortonworks | Hortonworks HDP
Mode Analytics
Sigma Computing
ThoughtSpot
~Domo | Domo BI
RudderStack
Hightouch
Collibra
Alation
EViews
Minitab
OpenRefine
`,
  'ml-ai': `
Machine Learning | =ML | machine-learning
Deep Learning | deep neural networks
Artificial Intelligence
Generative AI | GenAI | Gen AI | Generative Artificial Intelligence
LLMs | =LLM | Large Language Models | Large Language Model | LLM-based
Natural Language Processing | =NLP
Computer Vision
Reinforcement Learning | =RLHF | reinforcement learning from human feedback
Neural Networks | neural network | artificial neural networks
CNNs | ~CNN | Convolutional Neural Networks | convolutional neural network
RNNs | =RNN | Recurrent Neural Networks
=LSTM | LSTMs | long short-term memory
~Transformers | Hugging Face Transformers | transformer models | transformer architecture | transformer-based models
=BERT | RoBERTa | DistilBERT
=GPT | GPT-4 | GPT-3 | GPT-4o | GPT-3.5
ChatGPT
OpenAI API | OpenAI | OpenAI APIs | OpenAI GPT API
Anthropic Claude | Claude API | Anthropic API
Google Gemini | Gemini API
=Llama | LLaMA | Llama 2 | Llama 3
Mistral AI
Diffusion Models | latent diffusion models | latent diffusion | diffusion model | diffusion-based models
Stable Diffusion | SDXL
GANs | =GAN | Generative Adversarial Networks | generative adversarial network
VAEs | Variational Autoencoders
=LoRA | QLoRA | low-rank adaptation
Fine-Tuning | fine tuning | finetuning | model fine-tuning | LLM fine-tuning | fine-tuned LLMs
=PEFT
Quantization | model quantization | mixed-precision quantization | INT8 quantization | post-training quantization
Knowledge Distillation | model distillation
Prompt Engineering | prompt design
=RAG | Retrieval-Augmented Generation | retrieval augmented generation
AI Agents | LLM agents | agentic AI | agentic workflows | autonomous agents
Semantic Search
Embeddings | vector embeddings | text embeddings
Recommendation Systems | recommendation system | recommender systems | recommender system | recommendation engine | recommendation engines | recommenders
Information Retrieval
Learning to Rank
Feature Engineering
Model Serving | model deployment | ML model serving
MLOps | ML Ops
Anomaly Detection
Fraud Detection
Speech Recognition | =ASR | automatic speech recognition | speech-to-text
Text-to-Speech | =TTS
Image Classification
Object Detection
Image Segmentation | semantic segmentation | instance segmentation
=OCR | optical character recognition
Sentiment Analysis
Named Entity Recognition | =NER
Topic Modeling | topic modelling
Random Forests | random forest
Gradient Boosting | gradient boosted trees | =GBM
XGBoost
LightGBM
CatBoost
scikit-learn | sklearn | scikit learn | SciKit-Learn
PyTorch | =Torch
PyTorch Lightning
TensorFlow | =TF2 | TensorFlow 2
TensorFlow.js | TFJS | TF.js
TensorFlow Lite | TFLite | LiteRT
Keras
=JAX
Hugging Face | HuggingFace | Hugging Face Hub
LangChain
LlamaIndex
LangGraph
=DSPy
vLLM
Ollama
llama.cpp
TensorRT | TensorRT-LLM
=ONNX | ONNX Runtime
NVIDIA Triton | Triton Inference Server | ~Triton
cuDNN
OpenCV
spaCy
=NLTK
Gensim
=FAISS | Faiss
MLflow
Kubeflow
Weights & Biases | wandb | =W&B
=DVC | Data Version Control
SageMaker | Amazon SageMaker | AWS SageMaker
Vertex AI | Google Vertex AI
Azure Machine Learning | Azure ML
Azure OpenAI | Azure OpenAI Service
Amazon Bedrock | AWS Bedrock | ~Bedrock
~Ray | Ray Serve | Ray Tune | Anyscale
DeepSpeed
~Whisper | OpenAI Whisper
=YOLO | YOLOv5 | YOLOv8
=CLIP
ResNet
Graph Neural Networks | =GNN | =GNNs
Multimodal AI | multimodal models
Generative Models
Model Evaluation | LLM evaluation | LLM evals
Explainable AI | =XAI | model interpretability | SHAP
AutoML
Gradio
=MLlib | Spark MLlib
Statsmodels
~Prophet | Facebook Prophet | Meta Prophet
OpenAI Gym
Mixed Precision Training | mixed-precision training
Distributed Training
Data Labeling | data annotation
Computer Graphics
LangSmith
CrewAI
AutoGen | Microsoft AutoGen
Semantic Kernel
~Cohere | Cohere API
Midjourney
DALL-E | DALL·E | DALL-E 3
Label Studio
Labelbox
Optuna
BentoML
Seldon Core | Seldon
KServe | KFServing
TorchServe
TensorFlow Serving | TF Serving
Detectron2
fastai | fast.ai
Theano
~Caffe | Caffe2
MXNet | Apache MXNet
H2O.ai | =H2O
DataRobot
RapidMiner
~Weka
Stanford CoreNLP | CoreNLP
~Rasa | Rasa Open Source
Dialogflow | Dialogflow CX
Amazon Rekognition | AWS Rekognition | Rekognition
Amazon Comprehend | AWS Comprehend
Amazon Lex | AWS Lex
Azure AI Services | Azure Cognitive Services | Cognitive Services
Google Cloud Vision | Cloud Vision API
Google Cloud Natural Language | Cloud Natural Language API
`,
  'cloud-infrastructure': `
AWS | Amazon Web Services | Amazon AWS
GCP | Google Cloud Platform | Google Cloud | =GCloud
=Azure | Microsoft Azure | MS Azure
=EC2 | AWS EC2 | Amazon EC2
=S3 | AWS S3 | Amazon S3 | S3 buckets
AWS Lambda | ~Lambda | Amazon Lambda
=SQS | AWS SQS | Amazon SQS
=SNS | AWS SNS | Amazon SNS
=ECS | AWS ECS | Amazon ECS | Elastic Container Service
=EKS | AWS EKS | Amazon EKS | Elastic Kubernetes Service
AWS Fargate | Fargate
=ECR | AWS ECR | Amazon ECR
=RDS | AWS RDS | Amazon RDS
AWS IAM | =IAM
AWS VPC | =VPC | Amazon VPC
CloudFormation | AWS CloudFormation
CloudWatch | AWS CloudWatch | Amazon CloudWatch
CloudFront | AWS CloudFront | Amazon CloudFront
AWS Route 53 | Route 53 | Route53 | Amazon Route 53
AWS API Gateway | Amazon API Gateway
AWS Step Functions | Step Functions
AWS Glue | ~Glue | AWS Glue ETL
AWS Athena | Amazon Athena | ~Athena
=EMR | AWS EMR | Amazon EMR | Elastic MapReduce
AWS Cognito | Cognito | Amazon Cognito
AWS Amplify | ~Amplify | Amazon Amplify
AWS Elastic Beanstalk | Elastic Beanstalk
AWS ElastiCache | ElastiCache | Amazon ElastiCache
AWS CDK | =CDK | AWS Cloud Development Kit
AWS SAM | AWS Serverless Application Model
AWS Batch
AWS EventBridge | EventBridge | Amazon EventBridge
AWS Secrets Manager | Secrets Manager
AWS KMS
AWS Systems Manager
AWS AppSync | AppSync
AWS Lightsail | Lightsail
AWS Organizations
Google Compute Engine | Compute Engine | =GCE
Google Cloud Storage | =GCS
Google Cloud Run | Cloud Run
Google Cloud Functions | =Cloud Functions
=GKE | Google Kubernetes Engine
Google Pub/Sub | Pub/Sub | Cloud Pub/Sub | PubSub | Google Cloud Pub/Sub
Google Cloud Dataflow | ~Dataflow
Google Dataproc | Dataproc
Google App Engine | App Engine | =GAE
Google Cloud SQL | Cloud SQL
Firebase | Firebase Realtime Database | Firebase Cloud Functions
Azure Functions
Azure Kubernetes Service | =AKS
Azure Blob Storage | Azure Storage
Azure SQL Database | Azure SQL
Azure App Service
Azure Data Factory | =ADF
Azure Event Hubs | Event Hubs
Azure Service Bus | Service Bus
Azure Active Directory | Azure AD | Entra ID | Microsoft Entra ID | Microsoft Entra
Azure Resource Manager | =ARM templates | ARM Templates
Azure Logic Apps | Logic Apps
~Bicep | Azure Bicep
Cloudflare | Cloudflare CDN
Cloudflare Workers
Vercel
Netlify
Heroku
DigitalOcean | Digital Ocean
Linode | Akamai Cloud
Oracle Cloud | =OCI | Oracle Cloud Infrastructure
IBM Cloud
Alibaba Cloud | Aliyun
OpenStack
VMware | vSphere | ESXi | VMware vSphere
Hyper-V
Proxmox
Fly.io
Cloud Architecture | cloud architectures | cloud-native architecture
Multi-Cloud | multicloud | multi-cloud architecture
Hybrid Cloud
Cloud Computing
Cloud Migration | cloud migrations
Edge Computing
Virtualization
Linux | GNU/Linux | Linux administration | Linux system administration
Ubuntu
Debian
CentOS
=RHEL | Red Hat Enterprise Linux | Red Hat Linux
Fedora Linux
Alpine Linux
Arch Linux
Kali Linux
Unix | UNIX systems
Windows Server
Active Directory
FreeBSD
VPN | VPNs | WireGuard | OpenVPN | IPsec
TCP/IP | =TCP | TCP IP
=UDP
=DNS
=HTTP/2 | HTTP/3 | =QUIC
=CDN | CDNs | content delivery network | content delivery networks
Load Balancing | load balancer | load balancers
=BGP
Network Security
Cloud Security
Azure Key Vault | Key Vault
Azure Monitor
Azure Application Insights | Application Insights | App Insights
Microsoft Sentinel | Azure Sentinel
Azure Container Registry
Azure Container Apps
Azure Front Door
Microsoft Intune | Intune
Microsoft Endpoint Configuration Manager | =SCCM | System Center Configuration Manager | =MECM
Microsoft Exchange | Exchange Server | Exchange Online
Google Cloud Build | Cloud Build
Google Cloud Composer | Cloud Composer
Google Cloud Monitoring | Stackdriver | Google Cloud Logging | Cloud Logging | Cloud Monitoring
AWS X-Ray | X-Ray | Amazon X-Ray
AWS CodePipeline | CodePipeline
AWS CodeBuild | CodeBuild
AWS CodeDeploy | CodeDeploy
AWS CodeCommit | CodeCommit
MinIO
=Ceph
Velero
`,
  devops: `
Docker | Dockerfile | Dockerfiles | Docker containers
Docker Compose | docker-compose
Docker Swarm
Kubernetes | K8s | kubectl
=Helm | Helm charts
Kustomize
Argo CD | ArgoCD
Argo Workflows
Flux CD | FluxCD | ~Flux
Istio
Linkerd
Service Mesh | service meshes
Terraform | Terraform Cloud | HashiCorp Terraform
OpenTofu
Pulumi
Ansible | Ansible Tower | =AWX
~Chef | Chef Infra
~Puppet
SaltStack | ~Salt
=Vagrant
~Packer | HashiCorp Packer
HashiCorp Vault | ~Vault
HashiCorp Consul | ~Consul
HashiCorp Nomad | ~Nomad
Crossplane
Jenkins | Jenkins pipelines | Jenkinsfile
GitHub Actions | GH Actions | =GHA | GitHub Action
GitLab CI | GitLab CI/CD | GitLab pipelines | .gitlab-ci.yml
CircleCI | Circle CI
Travis CI | TravisCI
TeamCity
~Bamboo | Atlassian Bamboo
Azure DevOps | Azure Pipelines | =VSTS
Buildkite
Spinnaker
Tekton
Drone CI
Bitbucket Pipelines
CI/CD | CI / CD | CICD | CI-CD | continuous integration | continuous delivery | continuous deployment | CI/CD pipelines | CI pipelines | CD pipelines
Git | Git flow | GitFlow
~GitHub
~GitLab
Bitbucket
=Subversion | =SVN
~Mercurial
Prometheus
Grafana
Datadog
cURL | ~curl
Application Performance Monitoring | ^APM
Log Management | log management
New Relic | NewRelic
Splunk
ELK Stack | =ELK | Elastic Stack | > Elasticsearch, Logstash, Kibana
Kibana
Logstash
Fluentd
Fluent Bit
Grafana Loki | ~Loki
Jaeger | Jaeger Tracing
Zipkin
OpenTelemetry | OTel
~Sentry
PagerDuty
Opsgenie
Nagios
Zabbix
Dynatrace
AppDynamics
Honeycomb.io
Distributed Tracing
Observability
Site Reliability Engineering | =SRE | site reliability
DevOps
DevSecOps
GitOps
Platform Engineering
Infrastructure as Code | =IaC | infrastructure-as-code
Configuration Management
Incident Management
Incident Response
Chaos Engineering
Blue-Green Deployments | blue-green deployment | blue/green deployments
Canary Releases | canary deployments | canary deployment
Feature Flags | feature flagging | feature toggles
LaunchDarkly
Podman
containerd
OpenShift | Red Hat OpenShift
Rancher
Bazel
~Make | GNU Make | Makefile | Makefiles
CMake
Ninja build
Artifactory | JFrog Artifactory | JFrog
Sonatype Nexus | Nexus Repository
SonarQube | SonarCloud
Snyk
Dependabot
~Backstage | Backstage.io
systemd
Cron | cron jobs | crontab
Release Management
Containerization | containerisation
Monorepos | monorepo
Grafana Tempo | ~Tempo
Grafana Mimir
Thanos
VictoriaMetrics
Elastic APM
Sumo Logic
Lightstep
Instana | IBM Instana
SolarWinds
=PRTG | PRTG Network Monitor
Graylog
Papertrail
Loggly
Rollbar
Bugsnag
LogRocket
Icinga | Icinga2
StatsD
~Graphite | Graphite monitoring
Telegraf
=eBPF
Falco
~Harness | Harness CD | Harness.io
Octopus Deploy
GoCD
Concourse CI | ~Concourse
Skaffold
Karpenter
=KEDA
cert-manager
Terragrunt
Checkov
Trivy
Veracode
Checkmarx
=OWASP ZAP | ZAP proxy | Zed Attack Proxy
CrowdStrike | CrowdStrike Falcon
Prisma Cloud
Bitrise
Codemagic
Visual Studio App Center | App Center
Jira Service Management | Jira Service Desk | =JSM
Statuspage | Atlassian Statuspage
`,
  testing: `
=Jest | Jest.js
~Mocha | Mocha.js
~Chai | Chai.js
~Jasmine
~Karma | Karma runner
~Cypress | Cypress.io
Playwright
Selenium | Selenium WebDriver | WebDriver
Puppeteer
WebdriverIO
Vitest
=Testing Library | React Testing Library | Vue Testing Library | DOM Testing Library
~Enzyme
pytest | py.test
unittest | Python unittest
JUnit | JUnit 5 | JUnit5 | JUnit 4
TestNG
Mockito
RSpec
Minitest
~Capybara
~Cucumber | Cucumber.js | CucumberJS
Robot Framework
=Postman | Postman collections
SoapUI
=REST Assured | RestAssured
JMeter | Apache JMeter
Gatling
=k6 | Grafana k6
~Locust | Locust.io
LoadRunner
Appium
~Detox
~Espresso
XCTest
XCUITest
~Pact | Pact.io
=Chromatic
~Percy | Percy.io
BrowserStack
Sauce Labs | SauceLabs
LambdaTest
TestRail
Mock Service Worker | =MSW
Sinon.js | Sinon
Testcontainers
Unit Testing | unit tests | unit-testing | unit-tested
Integration Testing | integration tests | integration test
End-to-End Testing | end-to-end tests | end-to-end test | E2E testing | E2E tests | =E2E | e2e test | end to end testing
Visual Regression Testing | visual regression tests | visual regression | visual testing | screenshot testing
Regression Testing | regression tests
Load Testing | load tests | stress testing | stress tests
Performance Testing | performance tests
Test Automation | automated testing | automated tests | test automation frameworks | automation testing
Manual Testing
Quality Assurance | ^QA | software quality assurance
=TDD | Test-Driven Development | test driven development
=BDD | Behavior-Driven Development | behaviour-driven development
Contract Testing | consumer-driven contracts
Snapshot Testing | snapshot tests
Mutation Testing
Property-Based Testing | property based testing
API Testing | API tests
Security Testing
Accessibility Testing | accessibility audits
Exploratory Testing
Smoke Testing | smoke tests
Fuzzing | fuzz testing
Test Planning | test plans
Code Coverage
MockK
Robolectric
UI Automator | UiAutomator
EarlGrey
Firebase Test Lab
AWS Device Farm
Katalon | Katalon Studio
Ranorex
TestComplete
WireMock
SpecFlow
~Truth | Google Truth
Kaspresso
Zephyr Scale | Zephyr for Jira
Xray Test Management
qTest
`,
  mobile: `
=iOS | iOS development | iOS SDK
Android | Android development | Android SDK | =AOSP
Android Studio
Jetpack Compose
Android Jetpack | Jetpack
SwiftUI | Swift UI
UIKit
React Native | ReactNative
~Flutter | Flutter SDK
~Expo | Expo Go | Expo SDK
Xamarin | Xamarin.Forms
.NET MAUI | =MAUI
=Ionic | Ionic Framework
Apache Cordova | Cordova | PhoneGap
~Capacitor | Capacitor.js | Ionic Capacitor
Kotlin Multiplatform | =KMP | =KMM | Kotlin Multiplatform Mobile
Compose Multiplatform
=Core Data
=Core ML | CoreML
ARKit
RealityKit
~Combine | Combine framework
RxSwift
RxJava | RxKotlin
Kotlin Coroutines | coroutines | Kotlin Flow
=Retrofit
~Dagger | Dagger 2 | Dagger2
~Hilt | Dagger Hilt
~Realm | Realm DB | MongoDB Realm
Room Database | Room DB | Android Room
CocoaPods
Swift Package Manager | =SPM
~Carthage
Fastlane
TestFlight
Xcode
Firebase Crashlytics | Crashlytics
Push Notifications | push notification | =APNs | =FCM | Firebase Cloud Messaging
In-App Purchases | in-app purchase | StoreKit
App Store Optimization | =ASO
App Store Connect
Google Play Console
watchOS
tvOS
Wear OS
=MVVM
=MVC | Model-View-Controller
=VIPER
Bluetooth Low Energy | =BLE | CoreBluetooth
Mobile Development | mobile app development | mobile engineering | mobile apps development
Cross-Platform Development | cross-platform mobile
Progressive Enhancement
Deep Linking | deep links | universal links
Offline-First | offline first
Mobile Testing
Gradle Kotlin DSL
~Koin | Koin DI
SnapKit
Alamofire
SwiftLint
Detekt
ktlint
WorkManager | Android WorkManager
Android NDK | =NDK
SQLDelight
MapKit
HealthKit
Firebase Remote Config
OneSignal
AppsFlyer
=Branch.io
Firebase App Distribution
`,
  design: `
Figma | Figma prototyping
FigJam
~Sketch | Sketch app
Adobe XD
Adobe Photoshop | Photoshop
Adobe Illustrator | ~Illustrator
Adobe InDesign | InDesign
Adobe After Effects | After Effects
Adobe Premiere Pro | Premiere Pro | ~Premiere
Adobe Lightroom | Lightroom
Adobe Creative Suite | Adobe Creative Cloud | Adobe CC | Creative Cloud | Creative Suite
InVision | InVision Studio
~Framer | Framer.com
ProtoPie
Principle app
Zeplin
Axure | Axure RP
Balsamiq
~Miro | Miro board
~Mural | Mural app
~Maze | Maze.co
Optimal Workshop
=Dovetail
Hotjar
FullStory
~Lottie
Origami Studio
~Blender | Blender 3D
Cinema 4D | =C4D
Autodesk Maya | ~Maya
=Procreate
Canva
Affinity Designer
Spline 3D
UX Design | user experience design
UI Design | user interface design | =GUI design
UI/UX Design | =UI/UX | =UX/UI | UX/UI design
Product Design
Interaction Design | =IxD
Visual Design
User Research | UX research | user interviews | user research interviews | design research
Usability Testing | usability tests | usability studies | user testing
Wireframing | wireframes | wireframe | wire-framing
Prototyping | rapid prototyping | interactive prototypes | high-fidelity prototypes | low-fidelity prototypes | hi-fi prototypes | clickable prototypes
Information Architecture
Design Systems | design system
Design Tokens | design token
Design Thinking
Journey Mapping | user journey mapping | customer journey mapping | user journeys | customer journeys | journey maps
User Personas | personas | persona development
Typography
Color Theory | colour theory
Branding | brand identity | brand design | visual identity
Logo Design
=Illustration | digital illustration
Motion Design | motion graphics
Graphic Design
Web Design | website design
Mobile Design | mobile UI design | app design
Human-Centered Design | human centered design | user-centered design | user centered design | =UCD
Service Design
UX Writing | content design | microcopy
Heuristic Evaluation | heuristic analysis
Card Sorting
Tree Testing
Storyboarding | storyboards
Atomic Design
Material Design
Human Interface Guidelines | Apple HIG | =HIG
3D Modeling | 3D modelling
Print Design
DesignOps | Design Ops
Design Critique | design critiques
Accessible Design | inclusive design
CorelDRAW | Corel Draw
Affinity Photo
UXPin
Whimsical
Lucidchart
draw.io | diagrams.net
~Rive | Rive app
Adobe Substance 3D | Substance Painter | Substance 3D Painter
ZBrush
Autodesk 3ds Max | 3ds Max | 3D Studio Max
SideFX Houdini | ~Houdini
DaVinci Resolve
Final Cut Pro | Final Cut
UserZoom
Penpot
Microsoft Visio | ~Visio
Adobe Dreamweaver | Dreamweaver
`,
  product: `
Product Management
Product Strategy
Roadmapping | product roadmap | product roadmaps | roadmap planning | roadmaps
Product Discovery
Product Analytics
Product-Led Growth | =PLG | product led growth
Go-to-Market | go-to-market strategy | =GTM strategy | go to market | go-to-market strategies
Market Research
Competitive Analysis | competitor analysis | competitive research
User Stories | user story
Requirements Gathering | requirements analysis | requirements elicitation
PRDs | =PRD | product requirements documents | product requirements document | product requirement documents
A/B Testing | A/B tests | A/B test | split testing | =AB testing | multivariate testing
OKRs | =OKR | objectives and key results
Jobs to Be Done | =JTBD | jobs-to-be-done
Customer Discovery
Pricing Strategy
Monetization Strategy
Backlog Management | backlog grooming | backlog refinement | product backlog
Sprint Planning
Funnel Analysis | conversion funnels | funnel optimization
Cohort Analysis
Conversion Rate Optimization | ^CRO
Business Analysis
Product Marketing
Growth Marketing | growth hacking
=SEO | search engine optimization
=SEM | search engine marketing
Content Marketing
Email Marketing
Digital Marketing
Marketing Automation
=CRM | customer relationship management
Customer Success
~Amplitude | Amplitude Analytics
Mixpanel
Pendo
Productboard
~Aha! | Aha.io
Intercom
Zendesk
HubSpot
Marketo
Mailchimp
Net Promoter Score | =NPS
Product Lifecycle Management | product lifecycle
Feature Prioritization | =RICE prioritization | prioritization frameworks
Lean Startup
Product Operations | product ops
Technical Product Management
~Onboarding | user onboarding | onboarding flows | onboarding flow
Retention Analysis | retention strategy
Optimizely | Optimizely Web | Optimizely Feature Experimentation
Statsig
GrowthBook
~Unleash | Unleash feature flags
Flagsmith
Split.io
=VWO | Visual Website Optimizer
Google Optimize
Adobe Target
AB Tasty
~Braze
Customer.io
Klaviyo
Pipedrive
Zoho CRM
Gainsight
Google Ads | Google AdWords | AdWords
Google Search Console | Search Console
Salesforce Marketing Cloud | Marketing Cloud | ExactTarget
Pardot | Marketing Cloud Account Engagement
Tealium
Qualtrics
SurveyMonkey
Adobe Analytics | Omniture | SiteCatalyst
Heap Analytics
PostHog
Matomo | Piwik
Plausible Analytics
Google Tag Manager | =GTM
`,
  management: `
People Management | people leadership | line management | managing engineers
Engineering Management
Technical Leadership | tech leadership | engineering leadership
Mentoring | mentorship | mentoring engineers
Technical Recruiting | technical hiring | tech recruiting
Project Management
Program Management
Stakeholder Management | stakeholder engagement | managing stakeholders
Change Management
Risk Management
Vendor Management
Budgeting | budget management | budget planning
Strategic Planning
Team Building
Performance Management
Resource Planning | capacity planning
Cross-Functional Leadership | cross-functional team leadership
Jira | Atlassian Jira | JIRA Software
=Confluence | Atlassian Confluence
~Asana
Trello
Monday.com
ClickUp
Smartsheet
Microsoft Project | =MS Project
Basecamp
~Notion | Notion.so
~Linear | Linear app
Airtable
=SAFe | Scaled Agile Framework | scaled agile
=PMP | Project Management Professional
PRINCE2
=ITIL
Six Sigma | Lean Six Sigma
Certified ScrumMaster | ^CSM
Organizational Design | org design
Microsoft Teams | =MS Teams
~Loom | Loom video
Jira Query Language | =JQL
`,
  practices: `
=Agile | agile methodologies | agile methodology | agile development | agile software development
Scrum
Kanban
~Lean | lean methodology
Waterfall methodology
System Design | systems design | system architecture
Software Architecture | software design | application architecture
Solution Architecture | solutions architecture
Object-Oriented Programming | =OOP | object oriented programming | object-oriented design | =OOD
Functional Programming
Reactive Programming
Design Patterns | software design patterns | =GoF patterns
Clean Architecture
Clean Code
Hexagonal Architecture | ports and adapters
=SOLID | SOLID principles
Code Review | code reviews | code reviewing
Pair Programming
Mob Programming
Trunk-Based Development | trunk based development
Twelve-Factor App | 12-factor | 12 factor app
Performance Optimization | performance optimisation | performance tuning | performance engineering
Data Structures and Algorithms | =DSA | data structures & algorithms | algorithms and data structures
=Concurrency | concurrent programming | multithreading | multi-threading | parallel programming
Asynchronous Programming | async programming | async/await
Accessibility | =a11y | web accessibility | digital accessibility
=WCAG | WCAG 2.1 | WCAG 2.2 | WCAG 2.0 | WCAG AA | Web Content Accessibility Guidelines
=ARIA | WAI-ARIA
Section 508
Technical Writing | technical documentation
Documentation as Code | docs-as-code
Software Development Life Cycle | =SDLC
Secure Coding | secure software development
=OWASP | OWASP Top 10
Threat Modeling | threat modelling
Application Security | =AppSec
Cybersecurity | cyber security | information security | =InfoSec
Penetration Testing | pen testing | pentesting | ethical hacking | penetration tests | penetration test | pentests
Semgrep
HackerOne
Identity and Access Management | identity & access management
Zero Trust | zero-trust
Cryptography | applied cryptography
=Encryption | end-to-end encryption
=SIEM
Vulnerability Management | vulnerability scanning
=SOC 2 | SOC2 | SOC 2 compliance
=GDPR
=HIPAA
=PCI DSS | PCI-DSS | PCI compliance
ISO 27001
Burp Suite
Wireshark
Metasploit
Nmap
High Availability
Disaster Recovery
Fault Tolerance | fault-tolerant systems
Caching Strategies | caching strategy
Database Optimization | database performance tuning
API Versioning
Semantic Versioning | SemVer
Inner Source | InnerSource
Open Source Development | open-source development
Full-Stack Development | full-stack development | full stack development
Embedded Systems | embedded software | embedded development | embedded C
`,
  other: `
Blockchain
Ethereum
Web3 | Web 3.0
Smart Contracts | smart contract
Hardhat
~Truffle | Truffle Suite
~Foundry | Foundry Forge
ethers.js | Ethers
web3.js
Bitcoin
DeFi | decentralized finance
Solana
Polygon Network
=NFTs | =NFT
Internet of Things | =IoT
Arduino
Raspberry Pi
=FPGA | FPGAs
=RTOS | Zephyr RTOS
FreeRTOS
Microcontrollers | microcontroller | =MCU | ESP32
STM32
ARM Cortex-M | Cortex-M | ARM Cortex-M4 | ARM Cortex-M0 | ARM Cortex-M3 | ARM Cortex-M7
=AUTOSAR | AUTOSAR Classic | AUTOSAR Adaptive
CAN bus | =CAN | CAN-bus
LIN bus | =LIN
=UDS | Unified Diagnostic Services
MISRA C | MISRA-C | =MISRA | MISRA C:2012
ISO 26262
Infineon AURIX | =AURIX
=Tessy
Lauterbach TRACE32 | =TRACE32
Firmware Development | firmware engineering
OpenWrt | OpenWRT
Robotics
=ROS | ROS2 | Robot Operating System
=PLC programming
Game Development | gamedev | game dev
~Unity | Unity3D | Unity 3D | Unity Engine
Unreal Engine | =UE4 | =UE5 | ~Unreal
~Blueprints | Unreal Engine Blueprints | Unreal Blueprints | UE Blueprints
Gameplay Ability System
Behavior Trees | behaviour trees | behavior tree
Unreal Insights
Godot | Godot Engine
Cocos2d | Cocos2d-x
OpenGL | OpenGL ES
~Vulkan | Vulkan API
DirectX | Direct3D
Augmented Reality | =AR development
Virtual Reality | =VR development
=XR | Mixed Reality | extended reality
Salesforce | Salesforce CRM | Salesforce Lightning | =SFDC
=SAP | SAP ERP | SAP S/4HANA | SAP HANA
ServiceNow
Microsoft Dynamics | Dynamics 365
NetSuite | Oracle NetSuite
Workday HCM
Microsoft Office | =MS Office | Microsoft 365 | Office 365
Google Workspace | G Suite
SharePoint | Microsoft SharePoint
Power Apps | PowerApps
Power Automate | Microsoft Flow
Zapier
UiPath
Robotic Process Automation | =RPA
=LaTeX
=GIS | ArcGIS | QGIS
Bioinformatics
Quantum Computing
Qiskit
=Compilers | compiler design | compiler development
Operating Systems | operating system internals
Linux Kernel | kernel development
Device Drivers | device driver development
Computer Networking
Signal Processing | =DSP | digital signal processing
=Control Systems | control theory
Computational Fluid Dynamics | =CFD
Finite Element Analysis | =FEA
=CAD | AutoCAD
SolidWorks
Visual Studio Code | VS Code | VSCode
Visual Studio
IntelliJ IDEA | IntelliJ
=Vim | Neovim
Emacs
Slack API | Slack bots
Discord.js | Discord bots
Telegram Bot API | Telegram bots
Chrome DevTools
WebAssembly System Interface | =WASI
=FHIR | HL7 FHIR
=HL7 | HL7 v2
Microsoft Word | =MS Word
Microsoft PowerPoint | PowerPoint | =MS PowerPoint
Microsoft Outlook | ~Outlook
~Slack | Slack workspace
Salesforce Service Cloud | Service Cloud
Salesforce Sales Cloud | Sales Cloud
Salesforce Commerce Cloud | Commerce Cloud | Demandware
=SOQL | Salesforce Object Query Language
=SOSL
GitHub Copilot
Microsoft Copilot Studio | Copilot Studio | Power Virtual Agents
Google Docs
Google Slides
Google Forms
AppSheet | Google AppSheet
Google Apps Script | Apps Script
`,
};

/** Parses one category block of the compact format above. */
function parseBlock(category: SkillCategory, block: string): SkillEntry[] {
  const out: SkillEntry[] = [];
  for (const line of block.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const fields = trimmed.split(' | ').map((f) => f.trim());
    let expands: string[] | undefined;
    const forms: string[] = [];
    for (const f of fields) {
      if (f.startsWith('> ')) expands = f.slice(2).split(',').map((s) => s.trim());
      else forms.push(f);
    }
    const entry: SkillEntry = { name: '', category };
    const aliases: string[] = [];
    const ambiguousAliases: string[] = [];
    const exact: string[] = [];
    const listedOnly: string[] = [];
    forms.forEach((raw, k) => {
      let form = raw;
      let amb = false;
      let ex = false;
      if (form.startsWith('~')) {
        amb = true;
        form = form.slice(1);
      } else if (form.startsWith('=')) {
        ex = true;
        form = form.slice(1);
      } else if (form.startsWith('^') && k > 0) {
        ex = true;
        form = form.slice(1);
        listedOnly.push(form);
      }
      if (k === 0) {
        entry.name = form;
        if (amb) entry.ambiguous = true;
      } else {
        if (aliases.includes(form) || form === entry.name) return;
        aliases.push(form);
        if (amb) ambiguousAliases.push(form);
      }
      if (ex) exact.push(form);
    });
    if (aliases.length) entry.aliases = aliases;
    if (ambiguousAliases.length) entry.ambiguousAliases = ambiguousAliases;
    if (exact.length) entry.exact = exact;
    if (listedOnly.length) entry.listedOnly = listedOnly;
    if (expands) entry.expands = expands;
    out.push(entry);
  }
  return out;
}

/** Stacks: acronyms that stand for a set of skills (each match also yields the parts, with `via`). */
const STACKS: SkillEntry[] = [
  { name: 'MERN Stack', category: 'practices', aliases: ['MERN', 'MERN stack'], exact: ['MERN'], expands: ['MongoDB', 'Express', 'React', 'Node.js'] },
  { name: 'MEAN Stack', category: 'practices', aliases: ['MEAN', 'MEAN stack'], exact: ['MEAN', 'MEAN Stack', 'MEAN stack'], expands: ['MongoDB', 'Express', 'Angular', 'Node.js'] },
  { name: 'MEVN Stack', category: 'practices', aliases: ['MEVN', 'MEVN stack'], exact: ['MEVN'], expands: ['MongoDB', 'Express', 'Vue.js', 'Node.js'] },
  { name: 'PERN Stack', category: 'practices', aliases: ['PERN', 'PERN stack'], exact: ['PERN'], expands: ['PostgreSQL', 'Express', 'React', 'Node.js'] },
  { name: 'LAMP Stack', category: 'practices', aliases: ['LAMP', 'LAMP stack'], exact: ['LAMP', 'LAMP Stack', 'LAMP stack'], expands: ['Linux', 'Apache HTTP Server', 'MySQL', 'PHP'] },
  { name: 'LEMP Stack', category: 'practices', aliases: ['LEMP', 'LEMP stack'], exact: ['LEMP'], expands: ['Linux', 'Nginx', 'MySQL', 'PHP'] },
  { name: 'Jamstack', category: 'practices', aliases: ['JAMstack', 'JAM stack'], expands: ['JavaScript'] },
  { name: 'T3 Stack', category: 'practices', aliases: ['T3 stack', 'create-t3-app'], expands: ['Next.js', 'TypeScript', 'Tailwind CSS', 'tRPC', 'Prisma'] },
];

export const TAXONOMY: SkillEntry[] = [
  ...LANGUAGES,
  ...(Object.entries(DATA) as [SkillCategory, string][]).flatMap(([category, block]) => parseBlock(category, block)),
  ...STACKS,
];
