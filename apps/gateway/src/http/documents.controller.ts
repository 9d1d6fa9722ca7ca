import { createHash } from 'node:crypto';

import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  DOCUMENT_CONTENT_TYPES,
  DocumentContentQueryDto,
  DocumentListView,
  DocumentView,
  GenerateDocumentDto,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';

import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { ApiUuidParam } from '../openapi/request-schemas';
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
  constructor(private readonly services: ServiceClient) {}

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

  @Get('documents/:id/content')
  @ApiUuidParam()
  @ApiOperation({
    summary: 'A document’s file: `format=pdf`, `docx` or `html` (its parties and operators)',
    description:
      '`Content-Disposition` names the file; `ETag` is its SHA-256. The French PDF of an agreement is the one signed.',
  })
  @ApiProduces(...Object.values(DOCUMENT_CONTENT_TYPES).map((type) => type.split(';')[0]))
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
