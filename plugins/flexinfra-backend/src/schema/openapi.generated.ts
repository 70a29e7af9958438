// Generated from openapi.yaml; do not edit. To regenerate, run
//   FLEXINFRA_UPDATE_OPENAPI=1 CI=true yarn backstage-cli package test src/schema
// in plugins/flexinfra-backend, then format the file with prettier.

/** The plugin's OpenAPI document (src/schema/openapi.yaml). */
export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'flexinfra',
    version: '1',
    description:
      "The FlexInfra backend plugin's REST API, served under `/api/flexinfra`: the maturity model, stored entity scorecards and their history, aggregates by owner, system, domain, kind, type or lifecycle, check statistics and drill-downs, a CSV export, and on-demand refreshes.\n\nEvery route needs a signed-in user or a calling backend service (401 otherwise). Entity scorecards and history are served only for entities the catalog lets the caller read (404 otherwise); drill-downs and the export only list entities the catalog lets the caller read. Summaries and check statistics are aggregates (counts only, no entity names) served to any caller.\n\nFilters (`kind`, `type`, `lifecycle`, `owner`, `system`, `domain`) may be repeated or comma-separated; values of one filter are alternatives (OR), different filters all apply (AND). `owner`, `system` and `domain` take entity refs, with the default kinds `group`, `system` and `domain` and the namespace `default`; the owner filter includes what the owner's sub-groups own. Kinds and refs are matched case-insensitively.\n\nRequests are validated against this document: a bad parameter, or a query parameter it does not list, is a 400 whose message names it.",
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  security: [
    {
      backstageToken: [],
    },
  ],
  tags: [
    {
      name: 'model',
    },
    {
      name: 'scorecards',
    },
    {
      name: 'aggregates',
    },
    {
      name: 'refresh',
    },
    {
      name: 'campaigns',
    },
    {
      name: 'adoption',
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'getHealth',
        tags: ['refresh'],
        summary: 'Whether the plugin is up.',
        responses: {
          '200': {
            description: 'The plugin is up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['ok'],
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/model': {
      get: {
        operationId: 'getModel',
        tags: ['model'],
        summary: 'The maturity model the backend scores against.',
        responses: {
          '200': {
            description: 'The model, with its version.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FlexInfraModel',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/status': {
      get: {
        operationId: 'getStatus',
        tags: ['refresh'],
        summary: 'The last refresh runs and how many results are stored.',
        responses: {
          '200': {
            description: 'The refresh status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FlexInfraStatus',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/entities': {
      get: {
        operationId: 'listEntities',
        tags: ['aggregates'],
        summary: 'Scored entities, lowest score first.',
        description:
          'The worst entities of a team, system or domain. Lists only entities the catalog lets the caller read.',
        parameters: [
          {
            name: 'order',
            in: 'query',
            required: false,
            description: 'The order; `score` is lowest score first.',
            schema: {
              type: 'string',
              enum: ['score'],
              default: 'score',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'The most items to return.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 10,
            },
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/typeFilter',
          },
          {
            $ref: '#/components/parameters/lifecycleFilter',
          },
          {
            $ref: '#/components/parameters/ownerFilter',
          },
          {
            $ref: '#/components/parameters/systemFilter',
          },
          {
            $ref: '#/components/parameters/domainFilter',
          },
        ],
        responses: {
          '200': {
            description: 'The entities.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/EntitySummary',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}': {
      get: {
        operationId: 'getEntityScorecard',
        tags: ['scorecards'],
        summary: "An entity's scorecard.",
        description:
          'Served only when the catalog lets the caller read the entity. 404 when the entity is not in the catalog, not readable by the caller, or not scored yet.',
        parameters: [
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
        ],
        responses: {
          '200': {
            description: "The entity's stored scorecard.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityScorecard',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/history': {
      get: {
        operationId: 'getEntityHistory',
        tags: ['scorecards'],
        summary: "How an entity's result changed, newest first.",
        description: "Served under the same rules as the entity's scorecard.",
        parameters: [
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'How many entries to return, newest first.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: "The entity's history.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ScorecardHistory',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/summary': {
      get: {
        operationId: 'getSummary',
        tags: ['aggregates'],
        summary: 'Aggregates of the stored results, grouped.',
        parameters: [
          {
            name: 'groupBy',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/SummaryGroupBy',
            },
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/typeFilter',
          },
          {
            $ref: '#/components/parameters/lifecycleFilter',
          },
          {
            $ref: '#/components/parameters/ownerFilter',
          },
          {
            $ref: '#/components/parameters/systemFilter',
          },
          {
            $ref: '#/components/parameters/domainFilter',
          },
          {
            name: 'trendDays',
            in: 'query',
            required: false,
            description:
              "Compare each group with the daily snapshot this many days back (or the oldest since). Defaults to the backend's configured value.",
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 365,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The summary.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FlexInfraSummary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/checks': {
      get: {
        operationId: 'getCheckStatistics',
        tags: ['aggregates'],
        summary:
          'How often each check of the model passes, fails or is waived.',
        description:
          'Counts over the filtered results, most failed first. Checks that no longer are in the model are left out.',
        parameters: [
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/typeFilter',
          },
          {
            $ref: '#/components/parameters/lifecycleFilter',
          },
          {
            $ref: '#/components/parameters/ownerFilter',
          },
          {
            $ref: '#/components/parameters/systemFilter',
          },
          {
            $ref: '#/components/parameters/domainFilter',
          },
        ],
        responses: {
          '200': {
            description: 'The statistics, most failed first.',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/CheckStatistics',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/checks/{checkId}/entities': {
      get: {
        operationId: 'getCheckEntities',
        tags: ['aggregates'],
        summary:
          'The entities with a given status for a check, a page at a time.',
        description:
          'Lists only entities the catalog lets the caller read, ordered by entity ref. A page may hold fewer than `limit` items; follow `nextCursor` until it is null.',
        parameters: [
          {
            name: 'checkId',
            in: 'path',
            required: true,
            description: 'The id of a check in the model.',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 63,
              pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['fail', 'pass', 'waived'],
              default: 'fail',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'The most items to return.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 50,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            description: 'The `nextCursor` of the previous page.',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 1024,
            },
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/typeFilter',
          },
          {
            $ref: '#/components/parameters/lifecycleFilter',
          },
          {
            $ref: '#/components/parameters/ownerFilter',
          },
          {
            $ref: '#/components/parameters/systemFilter',
          },
          {
            $ref: '#/components/parameters/domainFilter',
          },
        ],
        responses: {
          '200': {
            description: 'A page of entities.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CheckEntitiesPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/waivers': {
      get: {
        operationId: 'getWaivers',
        tags: ['aggregates'],
        summary:
          'Active waivers, by check and by owner, and the soonest to expire.',
        description:
          "Waivers live in git, as `flexinfra.io/waive.<check>` annotations. Counts cover every filtered result, each group counting its sub-groups' waivers; the waivers themselves are listed only for entities the catalog lets the caller read.",
        parameters: [
          {
            name: 'check',
            in: 'query',
            required: false,
            description: "Only this check's waivers.",
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 253,
            },
          },
          {
            name: 'soonDays',
            in: 'query',
            required: false,
            description:
              'A waiver expiring within this many days counts as soon.',
            schema: {
              type: 'integer',
              minimum: 0,
              maximum: 365,
              default: 30,
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'How many waivers to list.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 100,
            },
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/typeFilter',
          },
          {
            $ref: '#/components/parameters/lifecycleFilter',
          },
          {
            $ref: '#/components/parameters/ownerFilter',
          },
          {
            $ref: '#/components/parameters/systemFilter',
          },
          {
            $ref: '#/components/parameters/domainFilter',
          },
        ],
        responses: {
          '200': {
            description: 'The waivers.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WaiversOverview',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/export': {
      get: {
        operationId: 'exportResults',
        tags: ['scorecards'],
        summary: 'Every stored result the caller may read, as CSV.',
        description:
          'One row per entity, ordered by entity ref, with a header row. Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) are prefixed with an apostrophe.',
        parameters: [
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['csv'],
              default: 'csv',
            },
          },
          {
            $ref: '#/components/parameters/kindFilter',
          },
          {
            $ref: '#/components/parameters/typeFilter',
          },
          {
            $ref: '#/components/parameters/lifecycleFilter',
          },
          {
            $ref: '#/components/parameters/ownerFilter',
          },
          {
            $ref: '#/components/parameters/systemFilter',
          },
          {
            $ref: '#/components/parameters/domainFilter',
          },
        ],
        responses: {
          '200': {
            description:
              'The results, with the columns entity_ref, kind, namespace, name, title, type, lifecycle, owner, system, domain, outcome, stage, stage_name, score, dora_score, failing_checks (check ids separated by semicolons), model_version and computed_at.',
            headers: {
              'Content-Disposition': {
                schema: {
                  type: 'string',
                  enum: ['attachment; filename="flexinfra-scorecards.csv"'],
                },
              },
            },
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/refresh': {
      post: {
        operationId: 'triggerRefresh',
        tags: ['refresh'],
        summary: 'Starts a refresh that rescores the catalog.',
        description:
          'Needs the `flexinfra.refresh` permission. The refresh runs in the background; follow it with `GET /status`.',
        responses: {
          '202': {
            description: 'The refresh has started.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['accepted'],
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/campaigns': {
      get: {
        operationId: 'getEntityCampaigns',
        tags: ['campaigns'],
        summary: 'The active campaigns an entity is part of.',
        description:
          "For each, whether the entity is at its target and, if not, the checks it must pass with the template that fixes each. Served under the same rules as the entity's scorecard.",
        parameters: [
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
        ],
        responses: {
          '200': {
            description: "The entity's campaigns.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['entityRef', 'items'],
                  properties: {
                    entityRef: {
                      type: 'string',
                    },
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: [
                          'id',
                          'title',
                          'owner',
                          'target',
                          'dueDate',
                          'atTarget',
                          'missing',
                        ],
                        properties: {
                          id: {
                            type: 'string',
                          },
                          title: {
                            type: 'string',
                          },
                          owner: {
                            type: 'string',
                          },
                          target: {
                            $ref: '#/components/schemas/CampaignTarget',
                          },
                          dueDate: {
                            $ref: '#/components/schemas/Day',
                          },
                          atTarget: {
                            type: 'boolean',
                          },
                          missing: {
                            type: 'array',
                            items: {
                              $ref: '#/components/schemas/MissingCheck',
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/adoption': {
      get: {
        operationId: 'getAdoption',
        tags: ['adoption'],
        summary: 'What the templates the model links did for the catalog.',
        description:
          "Scaffolder runs of the templates the model links, joined with each entity's history: per template, its runs, the entities improved, the checks fixed (a check its template fixes went from fail to pass within `fixWindowDays` of a run), the median days from run to fix and the runs that never led to a fix. The per-template counts cover every stored run; the recent runs name only entities the catalog lets the caller read.",
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'How many recent runs to return (1–200, default 20).',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 200,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The adoption summary.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AdoptionSummary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/adoption': {
      get: {
        operationId: 'getEntityAdoption',
        tags: ['adoption'],
        summary: 'The template runs for an entity, with the checks each fixed.',
        description:
          "Newest first. Served under the same rules as the entity's scorecard.",
        parameters: [
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
        ],
        responses: {
          '200': {
            description: "The entity's template runs.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityAdoption',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/campaigns': {
      get: {
        operationId: 'listCampaigns',
        tags: ['campaigns'],
        summary: 'Campaigns, the soonest due first.',
        parameters: [
          {
            name: 'status',
            in: 'query',
            required: false,
            description: 'Only campaigns with this status; all when left out.',
            schema: {
              type: 'string',
              enum: ['active', 'archived'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'The campaigns.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/Campaign',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
      post: {
        operationId: 'createCampaign',
        tags: ['campaigns'],
        summary: 'Creates a campaign.',
        description:
          "Needs the `flexinfra.campaign.create` permission. The campaign is checked against the model (its stages and check ids) and the owner's and scope's refs against the catalog, with the caller's credentials; a 400 names each field that is wrong.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CampaignInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The campaign as stored.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Campaign',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/campaigns/{campaignId}': {
      parameters: [
        {
          $ref: '#/components/parameters/campaignId',
        },
      ],
      get: {
        operationId: 'getCampaign',
        tags: ['campaigns'],
        summary: 'One campaign.',
        responses: {
          '200': {
            description: 'The campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Campaign',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      put: {
        operationId: 'updateCampaign',
        tags: ['campaigns'],
        summary: "Replaces a campaign's fields.",
        description:
          'Needs the `flexinfra.campaign.update` permission; checked as on creation.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CampaignInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The campaign as stored.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Campaign',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/campaigns/{campaignId}/progress': {
      parameters: [
        {
          $ref: '#/components/parameters/campaignId',
        },
      ],
      get: {
        operationId: 'getCampaignProgress',
        tags: ['campaigns'],
        summary: 'Where a campaign stands.',
        description:
          'The share of the scope at target now and at the end of each day since the start (from the stored history, nothing is rescored), per team, the entities short of the target with the checks they miss and the template that fixes each, and a projected completion day. Counts cover the whole scope; the entities short of the target are listed only where the catalog lets the caller read them.',
        parameters: [
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: 'How many entities short of the target to list.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 50,
            },
          },
        ],
        responses: {
          '200': {
            description: "The campaign's progress.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CampaignProgress',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/campaigns/{campaignId}/archive': {
      parameters: [
        {
          $ref: '#/components/parameters/campaignId',
        },
      ],
      post: {
        operationId: 'archiveCampaign',
        tags: ['campaigns'],
        summary: 'Archives a campaign.',
        description:
          'Needs the `flexinfra.campaign.delete` permission. An archived campaign stays readable and is left out of `?status=active`.',
        responses: {
          '200': {
            description: 'The campaign, archived.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Campaign',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      backstageToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'A Backstage user or service token.',
      },
    },
    parameters: {
      campaignId: {
        name: 'campaignId',
        in: 'path',
        required: true,
        description: "The campaign's id.",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 36,
        },
      },
      entityKind: {
        name: 'kind',
        in: 'path',
        required: true,
        description: "The entity's kind, case-insensitive.",
        schema: {
          $ref: '#/components/schemas/EntityRefPart',
        },
      },
      entityNamespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        description: "The entity's namespace, case-insensitive.",
        schema: {
          $ref: '#/components/schemas/EntityRefPart',
        },
      },
      entityName: {
        name: 'name',
        in: 'path',
        required: true,
        description: "The entity's name, case-insensitive.",
        schema: {
          $ref: '#/components/schemas/EntityRefPart',
        },
      },
      kindFilter: {
        name: 'kind',
        in: 'query',
        required: false,
        description: 'Entity kinds, e.g. `component`.',
        style: 'form',
        explode: true,
        allowReserved: true,
        schema: {
          $ref: '#/components/schemas/FilterValues',
        },
      },
      typeFilter: {
        name: 'type',
        in: 'query',
        required: false,
        description: 'Entity types (spec.type), e.g. `service`.',
        style: 'form',
        explode: true,
        allowReserved: true,
        schema: {
          $ref: '#/components/schemas/FilterValues',
        },
      },
      lifecycleFilter: {
        name: 'lifecycle',
        in: 'query',
        required: false,
        description: 'Lifecycles (spec.lifecycle), e.g. `production`.',
        style: 'form',
        explode: true,
        allowReserved: true,
        schema: {
          $ref: '#/components/schemas/FilterValues',
        },
      },
      ownerFilter: {
        name: 'owner',
        in: 'query',
        required: false,
        description:
          'Owner refs (default kind `group`); includes what their sub-groups own.',
        style: 'form',
        explode: true,
        allowReserved: true,
        schema: {
          $ref: '#/components/schemas/FilterValues',
        },
      },
      systemFilter: {
        name: 'system',
        in: 'query',
        required: false,
        description: 'System refs (default kind `system`).',
        style: 'form',
        explode: true,
        allowReserved: true,
        schema: {
          $ref: '#/components/schemas/FilterValues',
        },
      },
      domainFilter: {
        name: 'domain',
        in: 'query',
        required: false,
        description: 'Domain refs (default kind `domain`).',
        style: 'form',
        explode: true,
        allowReserved: true,
        schema: {
          $ref: '#/components/schemas/FilterValues',
        },
      },
    },
    responses: {
      BadRequest: {
        description: 'A parameter is invalid; the message names it.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description: 'The request has no valid user or service credentials.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description: 'The caller lacks the permission.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description:
          'The entity is not in the catalog, not readable by the caller, or not scored yet; or the check, or the campaign, does not exist.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description: 'A refresh is already running.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Day: {
        description: 'A day, YYYY-MM-DD.',
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      },
      CampaignScope: {
        description:
          "The entities owned by a group (its nested teams included), those of a system or a domain, or those the dashboard's filters select.",
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'ref'],
            properties: {
              type: {
                type: 'string',
                enum: ['group', 'system', 'domain'],
              },
              ref: {
                type: 'string',
                minLength: 1,
                maxLength: 512,
              },
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'filters'],
            properties: {
              type: {
                type: 'string',
                enum: ['filters'],
              },
              filters: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  kind: {
                    $ref: '#/components/schemas/FilterValues',
                  },
                  type: {
                    $ref: '#/components/schemas/FilterValues',
                  },
                  lifecycle: {
                    $ref: '#/components/schemas/FilterValues',
                  },
                  owner: {
                    $ref: '#/components/schemas/FilterValues',
                  },
                  system: {
                    $ref: '#/components/schemas/FilterValues',
                  },
                  domain: {
                    $ref: '#/components/schemas/FilterValues',
                  },
                },
              },
            },
          },
        ],
      },
      CampaignTarget: {
        description: 'A stage to reach, or checks to pass (or waive).',
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['stage'],
            properties: {
              stage: {
                $ref: '#/components/schemas/StageNumber',
              },
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['checks'],
            properties: {
              checks: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'string',
                  minLength: 1,
                },
              },
            },
          },
        ],
      },
      CampaignMilestone: {
        type: 'object',
        additionalProperties: false,
        required: ['date', 'share'],
        properties: {
          date: {
            $ref: '#/components/schemas/Day',
          },
          share: {
            description:
              'The share of the scope at target by the date, more than 0 and at most 1.',
            type: 'number',
            minimum: 0,
            maximum: 1,
          },
        },
      },
      CampaignInput: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'owner', 'scope', 'target', 'startDate', 'dueDate'],
        properties: {
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          description: {
            type: 'string',
            maxLength: 4000,
          },
          owner: {
            description: 'A group or user entity ref.',
            type: 'string',
            minLength: 1,
            maxLength: 512,
          },
          scope: {
            $ref: '#/components/schemas/CampaignScope',
          },
          target: {
            $ref: '#/components/schemas/CampaignTarget',
          },
          startDate: {
            $ref: '#/components/schemas/Day',
          },
          dueDate: {
            $ref: '#/components/schemas/Day',
          },
          milestones: {
            type: 'array',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/CampaignMilestone',
            },
          },
        },
      },
      WaiversOverview: {
        type: 'object',
        additionalProperties: false,
        required: [
          'asOf',
          'soonDays',
          'active',
          'expiringSoon',
          'byCheck',
          'byOwner',
          'items',
        ],
        properties: {
          asOf: {
            $ref: '#/components/schemas/Day',
          },
          soonDays: {
            type: 'integer',
          },
          active: {
            type: 'integer',
            minimum: 0,
          },
          expiringSoon: {
            type: 'integer',
            minimum: 0,
          },
          byCheck: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['checkId', 'title', 'active', 'expiringSoon'],
              properties: {
                checkId: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                active: {
                  type: 'integer',
                },
                expiringSoon: {
                  type: 'integer',
                },
              },
            },
          },
          byOwner: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['ownerRef', 'active', 'expiringSoon'],
              properties: {
                ownerRef: {
                  type: 'string',
                },
                active: {
                  type: 'integer',
                },
                expiringSoon: {
                  type: 'integer',
                },
              },
            },
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: [
                'entityRef',
                'title',
                'ownerRef',
                'checkId',
                'checkTitle',
                'reason',
                'expires',
                'expiresInDays',
              ],
              properties: {
                entityRef: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                  nullable: true,
                },
                ownerRef: {
                  type: 'string',
                  nullable: true,
                },
                checkId: {
                  type: 'string',
                },
                checkTitle: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
                expires: {
                  $ref: '#/components/schemas/Day',
                },
                expiresInDays: {
                  type: 'integer',
                },
              },
            },
          },
        },
      },
      MissingCheck: {
        description:
          'A check an entity must pass, and the template that fixes it.',
        type: 'object',
        additionalProperties: false,
        required: ['checkId', 'title', 'template'],
        properties: {
          checkId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          template: {
            type: 'string',
            nullable: true,
          },
        },
      },
      Share: {
        description:
          'A share from 0 to 1; null when there is nothing to share.',
        type: 'number',
        minimum: 0,
        maximum: 1,
        nullable: true,
      },
      CampaignProgress: {
        type: 'object',
        additionalProperties: false,
        required: [
          'campaignId',
          'asOf',
          'entities',
          'atTarget',
          'share',
          'series',
          'milestones',
          'teams',
          'shortfall',
          'shortfallTotal',
          'projectedCompletion',
          'onTrack',
        ],
        properties: {
          campaignId: {
            type: 'string',
          },
          asOf: {
            $ref: '#/components/schemas/Day',
          },
          entities: {
            type: 'integer',
            minimum: 0,
          },
          atTarget: {
            type: 'integer',
            minimum: 0,
          },
          share: {
            $ref: '#/components/schemas/Share',
          },
          series: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['date', 'entities', 'atTarget', 'share'],
              properties: {
                date: {
                  $ref: '#/components/schemas/Day',
                },
                entities: {
                  type: 'integer',
                  minimum: 0,
                },
                atTarget: {
                  type: 'integer',
                  minimum: 0,
                },
                share: {
                  $ref: '#/components/schemas/Share',
                },
              },
            },
          },
          milestones: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['date', 'share', 'actualShare', 'status'],
              properties: {
                date: {
                  $ref: '#/components/schemas/Day',
                },
                share: {
                  type: 'number',
                },
                actualShare: {
                  $ref: '#/components/schemas/Share',
                },
                status: {
                  type: 'string',
                  enum: ['reached', 'missed', 'upcoming'],
                },
              },
            },
          },
          teams: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['ownerRef', 'entities', 'atTarget', 'share'],
              properties: {
                ownerRef: {
                  type: 'string',
                  nullable: true,
                },
                entities: {
                  type: 'integer',
                  minimum: 0,
                },
                atTarget: {
                  type: 'integer',
                  minimum: 0,
                },
                share: {
                  $ref: '#/components/schemas/Share',
                },
              },
            },
          },
          shortfall: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: [
                'entityRef',
                'title',
                'ownerRef',
                'stage',
                'outcome',
                'missing',
              ],
              properties: {
                entityRef: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                  nullable: true,
                },
                ownerRef: {
                  type: 'string',
                  nullable: true,
                },
                stage: {
                  type: 'integer',
                  nullable: true,
                },
                outcome: {
                  type: 'string',
                  enum: ['scored', 'invalid'],
                },
                missing: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/MissingCheck',
                  },
                },
              },
            },
          },
          shortfallTotal: {
            type: 'integer',
            minimum: 0,
          },
          projectedCompletion: {
            description: 'A day, YYYY-MM-DD, or null.',
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            nullable: true,
          },
          onTrack: {
            type: 'boolean',
          },
        },
      },
      Campaign: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'description',
          'owner',
          'scope',
          'target',
          'startDate',
          'dueDate',
          'milestones',
          'status',
          'createdBy',
          'createdAt',
          'updatedAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          scope: {
            $ref: '#/components/schemas/CampaignScope',
          },
          target: {
            $ref: '#/components/schemas/CampaignTarget',
          },
          startDate: {
            $ref: '#/components/schemas/Day',
          },
          dueDate: {
            $ref: '#/components/schemas/Day',
          },
          milestones: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CampaignMilestone',
            },
          },
          status: {
            type: 'string',
            enum: ['active', 'archived'],
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      EntityRefPart: {
        type: 'string',
        minLength: 1,
        maxLength: 253,
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      },
      FilterValues: {
        description: 'Values, repeated or comma-separated.',
        type: 'array',
        items: {
          type: 'string',
          maxLength: 2048,
        },
      },
      Error: {
        description: "Backstage's error response body.",
        type: 'object',
        required: ['error', 'response'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            required: ['statusCode'],
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      StageNumber: {
        type: 'integer',
        minimum: 1,
        maximum: 5,
      },
      CheckStatus: {
        type: 'string',
        enum: ['pass', 'fail', 'waived'],
      },
      FlexInfraModel: {
        type: 'object',
        additionalProperties: false,
        required: [
          'version',
          'targetStage',
          'checks',
          'stages',
          'dimensions',
          'doraLevels',
          'sources',
        ],
        properties: {
          version: {
            type: 'string',
            description: 'Content hash of the model.',
          },
          targetStage: {
            $ref: '#/components/schemas/StageNumber',
          },
          checks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CheckDefinition',
            },
          },
          stages: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MaturityStage',
            },
          },
          dimensions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Dimension',
            },
          },
          doraLevels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DoraLevel',
            },
          },
          sources: {
            description: 'The documents checks and dimensions cite, by id.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/SourceDocument',
            },
          },
        },
      },
      SourceDocument: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'publisher', 'url', 'summary'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            description: "The document's public title.",
            type: 'string',
          },
          publisher: {
            type: 'string',
          },
          url: {
            description: 'Its public address, when the document names one.',
            type: 'string',
            nullable: true,
          },
          summary: {
            type: 'string',
          },
        },
      },
      CheckDefinition: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'dimension',
          'stage',
          'weight',
          'appliesTo',
          'evidence',
          'rationale',
          'sources',
          'remediation',
          'docsUrl',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          dimension: {
            type: 'string',
          },
          stage: {
            description:
              'The stage the check gates (2–5), or null when it only counts towards the score.',
            type: 'integer',
            minimum: 2,
            maximum: 5,
            nullable: true,
          },
          weight: {
            type: 'number',
          },
          appliesTo: {
            description: 'A filter predicate over the entity.',
          },
          evidence: {
            description: "A filter predicate over the entity's facts.",
          },
          rationale: {
            type: 'string',
          },
          sources: {
            description:
              "Ids of the documents the check measures (see the model's sources), or https addresses.",
            type: 'array',
            items: {
              type: 'string',
            },
          },
          remediation: {
            type: 'string',
          },
          docsUrl: {
            type: 'string',
            format: 'uri',
          },
          template: {
            description:
              'The scaffolder template that fixes the check, as an entity ref.',
            type: 'string',
          },
        },
      },
      MaturityStage: {
        type: 'object',
        additionalProperties: false,
        required: ['number', 'id', 'name', 'summary'],
        properties: {
          number: {
            $ref: '#/components/schemas/StageNumber',
          },
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          summary: {
            type: 'string',
          },
        },
      },
      Dimension: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'description', 'sources'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          sources: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      DoraLevel: {
        type: 'object',
        additionalProperties: false,
        required: ['level', 'name', 'description'],
        properties: {
          level: {
            type: 'integer',
            minimum: 1,
            maximum: 4,
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
        },
      },
      RefreshRun: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'startedAt',
          'finishedAt',
          'status',
          'entitiesScored',
          'error',
          'trigger',
          'entitiesSeen',
          'entitiesChanged',
          'entitiesRemoved',
          'modelVersion',
        ],
        properties: {
          id: {
            type: 'integer',
          },
          startedAt: {
            type: 'string',
            format: 'date-time',
          },
          finishedAt: {
            type: 'string',
            format: 'date-time',
            nullable: true,
          },
          status: {
            type: 'string',
            enum: ['running', 'succeeded', 'failed'],
          },
          entitiesScored: {
            type: 'integer',
            minimum: 0,
          },
          error: {
            type: 'string',
            nullable: true,
          },
          trigger: {
            type: 'string',
            enum: ['schedule', 'manual'],
          },
          entitiesSeen: {
            type: 'integer',
            minimum: 0,
          },
          entitiesChanged: {
            type: 'integer',
            minimum: 0,
          },
          entitiesRemoved: {
            type: 'integer',
            minimum: 0,
          },
          modelVersion: {
            type: 'string',
            nullable: true,
          },
        },
      },
      NoRun: {
        description: 'JSON null, when there is no such run.',
        type: 'object',
        nullable: true,
        enum: [null],
      },
      FlexInfraStatus: {
        type: 'object',
        additionalProperties: false,
        required: ['lastRun', 'lastSuccessfulRun', 'results', 'modelVersion'],
        properties: {
          lastRun: {
            description: 'The most recent run, or null when none has run yet.',
            anyOf: [
              {
                $ref: '#/components/schemas/RefreshRun',
              },
              {
                $ref: '#/components/schemas/NoRun',
              },
            ],
          },
          lastSuccessfulRun: {
            description: 'The most recent run that succeeded, or null.',
            anyOf: [
              {
                $ref: '#/components/schemas/RefreshRun',
              },
              {
                $ref: '#/components/schemas/NoRun',
              },
            ],
          },
          results: {
            type: 'object',
            additionalProperties: false,
            required: ['scored', 'invalid'],
            properties: {
              scored: {
                type: 'integer',
                minimum: 0,
              },
              invalid: {
                type: 'integer',
                minimum: 0,
              },
            },
          },
          modelVersion: {
            type: 'string',
          },
        },
      },
      ScorecardCheck: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'dimension',
          'stage',
          'weight',
          'status',
          'message',
          'evidence',
          'remediation',
          'docsUrl',
          'template',
          'waiver',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          dimension: {
            type: 'string',
          },
          stage: {
            type: 'integer',
            minimum: 2,
            maximum: 5,
            nullable: true,
          },
          weight: {
            type: 'number',
          },
          status: {
            type: 'string',
            enum: ['pass', 'fail', 'waived', 'not-applicable'],
          },
          message: {
            type: 'string',
          },
          evidence: {
            description:
              'For a passing check, each piece of evidence and where it came from.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/CheckEvidence',
            },
          },
          remediation: {
            type: 'string',
          },
          docsUrl: {
            type: 'string',
          },
          template: {
            type: 'string',
            nullable: true,
          },
          waiver: {
            type: 'object',
            nullable: true,
            additionalProperties: false,
            required: ['expires', 'reason', 'expired'],
            properties: {
              expires: {
                type: 'string',
              },
              reason: {
                type: 'string',
              },
              expired: {
                type: 'boolean',
              },
            },
          },
        },
      },
      CheckEvidence: {
        type: 'object',
        additionalProperties: false,
        required: ['origin', 'text'],
        properties: {
          origin: {
            description:
              "repository (files FlexInfra read), catalog (the catalog's metadata), declared (FlexInfra's own flexinfra.io annotations) or provider (a fact provider, named in provider).",
            type: 'string',
            enum: ['repository', 'catalog', 'declared', 'provider'],
          },
          provider: {
            type: 'string',
          },
          text: {
            type: 'string',
          },
          paths: {
            description:
              'For repository evidence, the files that prove it, relative to the repository root.',
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      EntityScorecard: {
        type: 'object',
        additionalProperties: false,
        required: [
          'entityRef',
          'outcome',
          'stage',
          'nextStage',
          'score',
          'doraScore',
          'dimensions',
          'checks',
          'error',
          'repository',
          'modelVersion',
          'computedAt',
          'changedAt',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          outcome: {
            type: 'string',
            enum: ['scored', 'invalid'],
          },
          stage: {
            type: 'object',
            nullable: true,
            additionalProperties: false,
            required: ['number', 'name'],
            properties: {
              number: {
                $ref: '#/components/schemas/StageNumber',
              },
              name: {
                type: 'string',
              },
            },
          },
          nextStage: {
            type: 'object',
            nullable: true,
            additionalProperties: false,
            required: ['number', 'name', 'missing'],
            properties: {
              number: {
                $ref: '#/components/schemas/StageNumber',
              },
              name: {
                type: 'string',
              },
              missing: {
                description:
                  'Ids of the checks still failing for the next stage.',
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          score: {
            type: 'number',
            minimum: 0,
            maximum: 100,
            nullable: true,
          },
          doraScore: {
            type: 'number',
            minimum: 1,
            maximum: 4,
            nullable: true,
          },
          dimensions: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'score'],
              properties: {
                id: {
                  type: 'string',
                },
                score: {
                  type: 'number',
                  nullable: true,
                },
              },
            },
          },
          checks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ScorecardCheck',
            },
          },
          error: {
            description:
              'What is wrong with an invalid entity; null when scored.',
            type: 'string',
            nullable: true,
          },
          repository: {
            description:
              "The entity's repository as the last refresh read it; null when repositories are not read (turned off, not for the entity's kind, or the entity has no repository).",
            anyOf: [
              {
                $ref: '#/components/schemas/ScorecardRepository',
              },
              {
                $ref: '#/components/schemas/NoRun',
              },
            ],
          },
          modelVersion: {
            type: 'string',
          },
          computedAt: {
            type: 'string',
            format: 'date-time',
          },
          changedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      ScorecardRepository: {
        description:
          "Where an entity's repository is, and whether it could be read.",
        type: 'object',
        additionalProperties: false,
        required: ['target', 'browseUrl', 'analyzed', 'error', 'problems'],
        properties: {
          target: {
            description:
              "The repository's location: `url:<address>` of the folder read, or `file:<folder>` on the backend's machine.",
            type: 'string',
          },
          browseUrl: {
            description:
              "A web address that files are linked under: a file's link is `new URL(path, browseUrl)`. Null for a folder on disk.",
            type: 'string',
            nullable: true,
          },
          analyzed: {
            description: 'True when it was read; false when not (see `error`).',
            type: 'boolean',
          },
          error: {
            description: 'Why it could not be read; null when it was.',
            type: 'string',
            nullable: true,
          },
          problems: {
            description:
              'Files that did not parse and limits that were hit; none of them stopped the analysis.',
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['path', 'message'],
              properties: {
                path: {
                  description:
                    'The file, or `.` for the repository as a whole.',
                  type: 'string',
                },
                message: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
      ScorecardHistoryEntry: {
        type: 'object',
        additionalProperties: false,
        required: [
          'recordedAt',
          'outcome',
          'stage',
          'score',
          'doraScore',
          'modelVersion',
          'changes',
        ],
        properties: {
          recordedAt: {
            type: 'string',
            format: 'date-time',
          },
          outcome: {
            type: 'string',
            enum: ['scored', 'invalid', 'removed'],
          },
          stage: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
            nullable: true,
          },
          score: {
            type: 'number',
            nullable: true,
          },
          doraScore: {
            type: 'number',
            nullable: true,
          },
          modelVersion: {
            type: 'string',
          },
          changes: {
            description:
              'The checks whose status changed since the previous entry.',
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'from', 'to'],
              properties: {
                id: {
                  type: 'string',
                },
                from: {
                  type: 'string',
                  nullable: true,
                },
                to: {
                  type: 'string',
                  nullable: true,
                },
              },
            },
          },
        },
      },
      ScorecardHistory: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'items'],
        properties: {
          entityRef: {
            type: 'string',
          },
          items: {
            description: 'Newest first.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ScorecardHistoryEntry',
            },
          },
        },
      },
      SummaryGroupBy: {
        type: 'string',
        enum: ['owner', 'system', 'domain', 'kind', 'type', 'lifecycle'],
        default: 'owner',
      },
      SummaryAggregate: {
        type: 'object',
        required: [
          'entities',
          'invalid',
          'stages',
          'averageScore',
          'averageDoraScore',
          'atTarget',
          'atTargetShare',
        ],
        properties: {
          entities: {
            description: 'Scored entities (invalid ones are counted apart).',
            type: 'integer',
            minimum: 0,
          },
          invalid: {
            type: 'integer',
            minimum: 0,
          },
          stages: {
            description: 'How many entities are at each stage.',
            type: 'object',
            additionalProperties: false,
            required: ['1', '2', '3', '4', '5'],
            properties: {
              '1': {
                type: 'integer',
                minimum: 0,
              },
              '2': {
                type: 'integer',
                minimum: 0,
              },
              '3': {
                type: 'integer',
                minimum: 0,
              },
              '4': {
                type: 'integer',
                minimum: 0,
              },
              '5': {
                type: 'integer',
                minimum: 0,
              },
            },
          },
          averageScore: {
            type: 'number',
            minimum: 0,
            maximum: 100,
            nullable: true,
          },
          averageDoraScore: {
            type: 'number',
            minimum: 1,
            maximum: 4,
            nullable: true,
          },
          atTarget: {
            description: "Entities at or above the model's target stage.",
            type: 'integer',
            minimum: 0,
          },
          atTargetShare: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            nullable: true,
          },
        },
      },
      SummaryGroup: {
        allOf: [
          {
            $ref: '#/components/schemas/SummaryAggregate',
          },
          {
            type: 'object',
            required: ['key', 'parentKey', 'trend'],
            properties: {
              key: {
                description:
                  'An entity ref for owner, system and domain, else the value; null for entities without one.',
                type: 'string',
                nullable: true,
              },
              parentKey: {
                description: "For owners, the parent group's ref, if any.",
                type: 'string',
                nullable: true,
              },
              trend: {
                description:
                  "The group's aggregate on the snapshot day `trendDays` ago (or the oldest since), if any.",
                type: 'object',
                nullable: true,
                additionalProperties: false,
                required: ['since', 'averageScore', 'atTargetShare'],
                properties: {
                  since: {
                    type: 'string',
                    format: 'date',
                  },
                  averageScore: {
                    type: 'number',
                    nullable: true,
                  },
                  atTargetShare: {
                    type: 'number',
                    nullable: true,
                  },
                },
              },
            },
          },
        ],
      },
      FlexInfraSummary: {
        type: 'object',
        additionalProperties: false,
        required: ['groupBy', 'targetStage', 'modelVersion', 'total', 'groups'],
        properties: {
          groupBy: {
            $ref: '#/components/schemas/SummaryGroupBy',
          },
          targetStage: {
            $ref: '#/components/schemas/StageNumber',
          },
          modelVersion: {
            type: 'string',
          },
          total: {
            $ref: '#/components/schemas/SummaryAggregate',
          },
          groups: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SummaryGroup',
            },
          },
        },
      },
      CheckStatistics: {
        type: 'object',
        additionalProperties: false,
        required: ['checkId', 'title', 'pass', 'fail', 'waived'],
        properties: {
          checkId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          pass: {
            type: 'integer',
            minimum: 0,
          },
          fail: {
            type: 'integer',
            minimum: 0,
          },
          waived: {
            type: 'integer',
            minimum: 0,
          },
        },
      },
      EntitySummary: {
        type: 'object',
        additionalProperties: false,
        required: [
          'entityRef',
          'title',
          'ownerRef',
          'stage',
          'score',
          'doraScore',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
            nullable: true,
          },
          ownerRef: {
            type: 'string',
            nullable: true,
          },
          stage: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
          },
          score: {
            type: 'number',
            minimum: 0,
            maximum: 100,
          },
          doraScore: {
            type: 'number',
            minimum: 1,
            maximum: 4,
          },
        },
      },
      CheckEntity: {
        type: 'object',
        additionalProperties: false,
        required: [
          'entityRef',
          'title',
          'ownerRef',
          'stage',
          'score',
          'status',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
            nullable: true,
          },
          ownerRef: {
            type: 'string',
            nullable: true,
          },
          stage: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
            nullable: true,
          },
          score: {
            type: 'number',
            nullable: true,
          },
          status: {
            $ref: '#/components/schemas/CheckStatus',
          },
        },
      },
      CheckEntitiesPage: {
        type: 'object',
        additionalProperties: false,
        required: ['checkId', 'status', 'items', 'nextCursor'],
        properties: {
          checkId: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/CheckStatus',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CheckEntity',
            },
          },
          nextCursor: {
            description:
              'Pass as `cursor` for the next page; null on the last page.',
            type: 'string',
            nullable: true,
          },
        },
      },
      AdoptionFixedCheck: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'fixedAt', 'daysToFix'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          fixedAt: {
            description:
              'When the refresh that saw the check pass recorded it.',
            type: 'string',
            format: 'date-time',
          },
          daysToFix: {
            type: 'number',
            minimum: 0,
          },
        },
      },
      AdoptionRun: {
        type: 'object',
        additionalProperties: false,
        required: [
          'taskId',
          'templateRef',
          'templateTitle',
          'ranTemplateRef',
          'entityRef',
          'createdBy',
          'createdAt',
          'status',
          'outcome',
          'fixedChecks',
          'daysToFix',
        ],
        properties: {
          taskId: {
            type: 'string',
          },
          templateRef: {
            description:
              "The model's link the run counts for (after a rename, the new one).",
            type: 'string',
          },
          templateTitle: {
            type: 'string',
          },
          ranTemplateRef: {
            description: 'The template ref the task ran.',
            type: 'string',
          },
          entityRef: {
            type: 'string',
            nullable: true,
          },
          createdBy: {
            type: 'string',
            nullable: true,
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          status: {
            type: 'string',
          },
          outcome: {
            type: 'string',
            enum: ['fixed', 'pending', 'no-fix', 'failed', 'running'],
          },
          fixedChecks: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AdoptionFixedCheck',
            },
          },
          daysToFix: {
            type: 'number',
            nullable: true,
          },
        },
      },
      TemplateAdoption: {
        type: 'object',
        additionalProperties: false,
        required: [
          'templateRef',
          'title',
          'checkIds',
          'runs',
          'failedRuns',
          'entitiesImproved',
          'checksFixed',
          'medianDaysToFix',
          'runsWithoutFix',
          'runsPending',
        ],
        properties: {
          templateRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          checkIds: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          runs: {
            description: 'Completed runs.',
            type: 'integer',
            minimum: 0,
          },
          failedRuns: {
            type: 'integer',
            minimum: 0,
          },
          entitiesImproved: {
            type: 'integer',
            minimum: 0,
          },
          checksFixed: {
            type: 'integer',
            minimum: 0,
          },
          medianDaysToFix: {
            type: 'number',
            nullable: true,
          },
          runsWithoutFix: {
            description:
              'Completed runs whose fix window closed without a fix.',
            type: 'integer',
            minimum: 0,
          },
          runsPending: {
            description:
              'Completed runs with no fix yet, within the fix window.',
            type: 'integer',
            minimum: 0,
          },
        },
      },
      AdoptionSummary: {
        type: 'object',
        additionalProperties: false,
        required: ['since', 'fixWindowDays', 'templates', 'recent'],
        properties: {
          since: {
            type: 'string',
            format: 'date-time',
          },
          fixWindowDays: {
            type: 'integer',
            minimum: 1,
          },
          templates: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TemplateAdoption',
            },
          },
          recent: {
            description: 'Newest first.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/AdoptionRun',
            },
          },
        },
      },
      EntityAdoption: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'fixWindowDays', 'runs'],
        properties: {
          entityRef: {
            type: 'string',
          },
          fixWindowDays: {
            type: 'integer',
            minimum: 1,
          },
          runs: {
            description: 'Newest first.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/AdoptionRun',
            },
          },
        },
      },
    },
  },
} as const;
