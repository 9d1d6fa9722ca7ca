import { createHash } from 'node:crypto';

import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  DOCUMENT_CONTENT_TYPES,
  DocumentContentQueryDto,
  DocumentListView,
  DocumentView,
  GenerateDocumentDto,
  SignDocumentDto,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { actorOf } from '../auth/actor';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiUuidParam } from '../openapi/request-schemas';
import { Reauthenticate } from '../usecases';
import { RateLimit } from './rate-limits';
import { assertUuid } from './request-guards';
import { ServiceClient } from './service-client';

/**
 * Documents generated from the legal templates, asked of the legal-templates service: operators
 * generate them, and a deal's steps do; its parties (the owning applicant, the introduced
 * investor) and operators read them, and anyone else gets 404.
 */
@ApiTags('documents')
@Controller('v1')
export class DocumentsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly reauthenticate: Reauthenticate,
  ) {}

  @Post('documents')
  @HttpCode(201)
  @Roles('operator')
  @ApiOperation({
    summary: 'Generate a document from a published template (operators)',
    description:
      'The variables are checked against the version’s schema (every invalid field in one `422`); the document is rendered in HTML, PDF and DOCX, each file with its SHA-256. The same inputs give the same bytes.',
  })
  @ApiCreatedResponse({
    type: DocumentView,
    description: '`Location` points to the document.',
    headers: headerRefs({ Location: 'Location' }),
  })
  @ApiProblems(
    'validation-failed',
    'template.not-found',
    'template.invalid-variables',
    'template.render-failed',
    'template.unsupported-markup',
    'unavailable',
  )
  async generate(
    @Body() body: GenerateDocumentDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<DocumentView> {
    const document = await this.services.ask(request, 'documents.generate', this.services.newId(request), body);
    response.header('Location', `/v1/documents/${document.id}`);
    return document;
  }

  @Get('applications/:id/documents')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'An application’s documents: its deal’s agreements and what operators generated for it',
    description:
      'The oldest first: the confidentiality agreement of each introduction, the agreement of a funded decision, each in French (`binding`) and, when a party chose English, its translation. The owning applicant reads them all; an introduced investor reads those that bind them; operators read every one. Anyone else gets `404`.',
  })
  @ApiOkResponse({ type: DocumentListView })
  @ApiProblems('not-found', 'application.not-found', 'unavailable')
  ofApplication(@Param('id') id: string, @Req() request: HttpRequest): Promise<DocumentListView> {
    assertUuid(id, 'application');
    return this.services.ask(request, 'documents.list-for-application', id, {});
  }

  @Get('documents/:id')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'A document: its template, language, parties and files with their hashes (its parties and operators)',
  })
  @ApiOkResponse({ type: DocumentView })
  @ApiProblems('not-found', 'document.not-found', 'unavailable')
  get(@Param('id') id: string, @Req() request: HttpRequest): Promise<DocumentView> {
    assertUuid(id, 'document');
    return this.services.ask(request, 'documents.get', id, {});
  }

  @Post('documents/:id/sign')
  @HttpCode(200)
  @RateLimit('reauthentication')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'Sign an agreement you are a party to: a simple electronic signature of its French PDF',
    description:
      'Give your full name, your capacity in the organisation you bind (« Présidente », « Gérant »), your consent (which also attests your power to bind it), the SHA-256 of the French PDF you read (its `ETag`) and your password again: a wrong password is `401`, counted with log-ins. Another hash is `412 document.hash-mismatch`; your party signing again `409 document.already-signed`; a translation `409 document.not-signable`; anyone not a party `404`. Once every party has signed, the document is `signed` and `GET …/content?format=signed-pdf` gives the PDF with its certificate page. The signature records your address and browser.',
  })
  @ApiOkResponse({ type: DocumentView })
  @ApiProblems(
    'validation-failed',
    'auth.invalid-credentials',
    'not-found',
    'document.not-found',
    'document.hash-mismatch',
    'document.already-signed',
    'document.not-signable',
    'unavailable',
  )
  async sign(
    @Param('id') id: string,
    @Body() body: SignDocumentDto,
    @Req() request: HttpRequest,
  ): Promise<DocumentView> {
    assertUuid(id, 'document');
    const { password, ...declaration } = body;
    await this.reauthenticate.execute(actorOf(request), password);
    const userAgent = request.headers['user-agent'];
    return this.services.ask(request, 'documents.sign', id, {
      ...declaration,
      clientIp: request.ip,
      ...(typeof userAgent === 'string' && userAgent !== '' ? { userAgent: userAgent.slice(0, 512) } : {}),
      authentication: 'password',
    });
  }

  @Get('documents/:id/content')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'A document’s file: `format=pdf`, `docx`, `html`, or `signed-pdf` once signed (its parties and operators)',
    description:
      '`Content-Disposition` names the file; `ETag` is its SHA-256. The French PDF of an agreement is the one signed.',
  })
  @ApiProduces(...new Set(Object.values(DOCUMENT_CONTENT_TYPES).map((type) => type.split(';')[0])))
  @ApiOkResponse({
    description: 'The file’s bytes.',
    headers: headerRefs({ ETag: 'ContentETag' }),
    content: Object.fromEntries(
      Object.values(DOCUMENT_CONTENT_TYPES).map((type) => [type.split(';')[0], { schema: { type: 'string' } }]),
    ),
  })
  @ApiProblems('validation-failed', 'not-found', 'document.not-found', 'unavailable')
  async content(
    @Param('id') id: string,
    @Query() query: DocumentContentQueryDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<Buffer> {
    assertUuid(id, 'document');
    // Piece after piece: each reply stays well under Kafka's message size, whatever the file's.
    const first = await this.services.ask(request, 'documents.content', id, { format: query.format, offset: 0 });
    const pieces = [Buffer.from(first.data, 'base64')];
    let read = pieces[0].byteLength;
    while (read < first.totalBytes) {
      const next = await this.services.ask(request, 'documents.content', id, { format: query.format, offset: read });
      const piece = Buffer.from(next.data, 'base64');
      if (next.sha256 !== first.sha256 || piece.byteLength === 0)
        throw new Error(`document ${id}: its file changed while read`);
      pieces.push(piece);
      read += piece.byteLength;
    }
    const file = Buffer.concat(pieces);
    // What was read is what was recorded, or nothing is sent.
    if (createHash('sha256').update(file).digest('hex') !== first.sha256)
      throw new Error(`document ${id}: hash mismatch`);
    response.header('Content-Type', first.contentType);
    response.header(
      'Content-Disposition',
      `attachment; filename="${first.fileName}"; filename*=UTF-8''${encodeURIComponent(first.fileName)}`,
    );
    response.header('ETag', `"${first.sha256}"`);
    return file;
  }
}
