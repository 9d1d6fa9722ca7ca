import { applyDecorators, Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  CreateLegalTemplateDto,
  CreateTemplateVersionDto,
  DomainException,
  ErrorCode,
  LegalTemplateListView,
  LegalTemplateQueryDto,
  LegalTemplateVersionView,
  LegalTemplateView,
  PreviewTemplateDto,
  SEMVER,
  TEMPLATE_REQUEST_MAX_BYTES,
  TemplateVersionContentDto,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';
import { BodyLimit } from '@pollen/platform/service';

import { Roles } from '../auth/access.decorators';
import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiMergePatch } from '../openapi/request-schemas';
import { mergePatchBody } from './request-guards';
import { ServiceClient } from './service-client';

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A key or version no template could have is `404` without asking the service. */
function assertVersionPath(key: string, version?: string): void {
  if (!KEY.test(key) || key.length > 80 || (version !== undefined && !SEMVER.test(version))) {
    throw new DomainException(ErrorCode.NotFound, `No template ${key}${version ? ` ${version}` : ''}`);
  }
}

const KeyParam = () =>
  ApiParam({ name: 'key', description: 'Lowercase words joined by dashes; anything else is `404`.' });
const VersionParam = () =>
  applyDecorators(
    KeyParam(),
    ApiParam({ name: 'version', description: 'A semantic version (1.0.0); anything else is `404`.' }),
  );

/**
 * Legal templates, asked of the legal-templates service: operators write and publish them; everyone
 * signed in reads and previews published versions (the service answers `404` for a draft).
 */
@ApiTags('legal-templates')
@Controller('v1/legal-templates')
export class LegalTemplatesController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @ApiOperation({
    summary: 'Template versions, once per language, the newest first',
    description:
      'Published versions; operators also see drafts and alone may filter by `status` (`403` for others). Filters `instrument` and `locale`; pages of `limit` (1–100, default 20).',
  })
  @ApiOkResponse({ type: LegalTemplateListView })
  @ApiProblems('validation-failed', 'auth.operators-only', 'unavailable')
  list(@Query() query: LegalTemplateQueryDto, @Req() request: HttpRequest): Promise<LegalTemplateListView> {
    return this.services.ask(request, 'legal-templates.list', actorOf(request).id, query);
  }

  @Get(':key')
  @KeyParam()
  @ApiOperation({ summary: 'A template’s versions, the newest first, with their bodies and variable schema' })
  @ApiOkResponse({ type: LegalTemplateView })
  @ApiProblems('not-found', 'template.not-found', 'unavailable')
  get(@Param('key') key: string, @Req() request: HttpRequest): Promise<LegalTemplateView> {
    assertVersionPath(key);
    return this.services.ask(request, 'legal-templates.get', key, {});
  }

  @Post()
  @HttpCode(201)
  @Roles('operator')
  @BodyLimit(TEMPLATE_REQUEST_MAX_BYTES)
  @ApiOperation({
    summary: 'Start a template: a new key with its first draft version (operators)',
    description:
      'Bodies are Liquid outputting the restricted HTML of docs/legal-templates.md; checked at publishing. The request may hold up to 512 kB (two bodies of 200 kB), above the API’s 100 kB.',
  })
  @ApiCreatedResponse({
    type: LegalTemplateVersionView,
    description: '`Location` points to the template.',
    headers: headerRefs({ Location: 'Location' }),
  })
  @ApiProblems('validation-failed', 'template.key-taken', 'template.version-not-newer', 'unavailable')
  async create(
    @Body() body: CreateLegalTemplateDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<LegalTemplateVersionView> {
    const created = await this.services.ask(request, 'legal-templates.create', body.key, body);
    response.header('Location', `/v1/legal-templates/${created.key}`);
    return created;
  }

  @Post(':key/versions')
  @HttpCode(201)
  @Roles('operator')
  @BodyLimit(TEMPLATE_REQUEST_MAX_BYTES)
  @KeyParam()
  @ApiOperation({
    summary: 'Add a draft version, newer than the template’s latest (operators)',
    description: 'The request may hold up to 512 kB (two bodies of 200 kB), above the API’s 100 kB.',
  })
  @ApiCreatedResponse({
    type: LegalTemplateVersionView,
    description: '`Location` points to the template.',
    headers: headerRefs({ Location: 'Location' }),
  })
  @ApiProblems('validation-failed', 'not-found', 'template.not-found', 'template.version-not-newer', 'unavailable')
  async addVersion(
    @Param('key') key: string,
    @Body() body: CreateTemplateVersionDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<LegalTemplateVersionView> {
    assertVersionPath(key);
    const created = await this.services.ask(request, 'legal-templates.add-version', key, body);
    response.header('Location', `/v1/legal-templates/${key}`);
    return created;
  }

  @Patch(':key/versions/:version')
  @Roles('operator')
  @BodyLimit(TEMPLATE_REQUEST_MAX_BYTES)
  @VersionParam()
  @ApiOperation({
    summary: 'Edit a draft version (operators)',
    description:
      'A JSON merge patch of its title, description, instruments, schema and bodies, validated whole; a published version never changes (`409`).',
  })
  @ApiMergePatch(
    TemplateVersionContentDto,
    'TemplateVersionPatch',
    'Any subset of the draft’s content; null removes a field',
  )
  @ApiOkResponse({ type: LegalTemplateVersionView })
  @ApiProblems(
    'validation-failed',
    'not-found',
    'template.not-found',
    'template.published',
    'template.changed-concurrently',
    'unavailable',
  )
  update(
    @Param('key') key: string,
    @Param('version') version: string,
    @Body() body: unknown,
    @Req() request: HttpRequest,
  ): Promise<LegalTemplateVersionView> {
    assertVersionPath(key, version);
    const data = { version, patch: mergePatchBody(body) };
    return this.services.ask(request, 'legal-templates.update-version', key, data);
  }

  @Post(':key/versions/:version/publish')
  @HttpCode(200)
  @Roles('operator')
  @VersionParam()
  @ApiOperation({
    summary: 'Publish a draft version in both languages (operators)',
    description:
      'Refused with `422` when a body uses markup outside the subset, is over 200 kB or is not valid Liquid, when the schema does not compile, or when the two languages read different variables or ones the schema does not declare.',
  })
  @ApiOkResponse({ type: LegalTemplateVersionView })
  @ApiProblems(
    'not-found',
    'template.not-found',
    'template.published',
    'template.unsupported-markup',
    'template.body-too-large',
    'template.invalid-liquid',
    'template.invalid-schema',
    'template.locales-disagree',
    'template.changed-concurrently',
    'unavailable',
  )
  publish(
    @Param('key') key: string,
    @Param('version') version: string,
    @Req() request: HttpRequest,
  ): Promise<LegalTemplateVersionView> {
    assertVersionPath(key, version);
    return this.services.ask(request, 'legal-templates.publish', key, { version });
  }

  @Post(':key/versions/:version/preview')
  @HttpCode(200)
  @VersionParam()
  @ApiOperation({
    summary: 'Render a version with your variables, as HTML',
    description:
      'The variables are checked against the version’s schema (every invalid field in one `422`); rendering runs within its limits (2 s, 2 MB). Operators preview drafts too.',
  })
  @ApiOkResponse({
    description: 'The document as a standalone HTML page.',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiProblems(
    'validation-failed',
    'not-found',
    'template.not-found',
    'template.invalid-variables',
    'template.render-failed',
    'template.unsupported-markup',
    'unavailable',
  )
  async preview(
    @Param('key') key: string,
    @Param('version') version: string,
    @Body() body: PreviewTemplateDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<string> {
    assertVersionPath(key, version);
    const { html } = await this.services.ask(request, 'legal-templates.preview', key, { ...body, version });
    response.header('Content-Type', 'text/html; charset=utf-8');
    // The page's own inline styles may apply; it loads nothing and runs nothing.
    response.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return html;
  }
}
