import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AccountView,
  LoginDto,
  RefreshTokenDto,
  RegisterAccountDto,
  SessionView,
  UpdateMyAccountDto,
} from '@pollen/contracts';
import type { HttpReply, HttpRequest } from '@pollen/platform/http';

import { Public } from '../auth/access.decorators';
import { actorOf } from '../auth/actor';
import { SessionEnded } from '../errors';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { GetMyAccount, LogIn, LogOut, RefreshSession, RegisterAccount, UpdateMyAccount } from '../usecases';
import { ApiSessionMode, BrowserSessions } from './browser-sessions';
import { RateLimit } from './rate-limits';

/** Accounts and sessions: the gateway owns them. */
@ApiTags('accounts')
@Controller('v1')
export class AuthController {
  constructor(
    private readonly registerAccount: RegisterAccount,
    private readonly logIn: LogIn,
    private readonly refreshSession: RefreshSession,
    private readonly logOut: LogOut,
    private readonly getMyAccount: GetMyAccount,
    private readonly updateMyAccount: UpdateMyAccount,
    private readonly browsers: BrowserSessions,
  ) {}

  @Public()
  @RateLimit('registration')
  @Post('auth/register')
  @ApiOperation({
    summary: 'Create an applicant or investor account',
    description: 'Operators are never self-registered.',
  })
  @ApiCreatedResponse({
    type: AccountView,
    description: '`Location` is `/v1/me`.',
    headers: headerRefs({ Location: 'Location' }),
  })
  @ApiProblems('account.email-taken', 'unavailable')
  async register(
    @Body() body: RegisterAccountDto,
    @Res({ passthrough: true }) response: HttpReply,
  ): Promise<AccountView> {
    const account = await this.registerAccount.execute(body);
    response.header('Location', '/v1/me');
    return account;
  }

  @Public()
  @RateLimit('login')
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Open a session',
    description:
      'A failed log-in says the same whether or not the e-mail has an account. With `X-Pollen-Session: cookie` (browsers: docs/api.md, "Browser sessions"), the refresh token is set in the `pollen_refresh` cookie and left out of the body.',
  })
  @ApiSessionMode()
  @ApiOkResponse({ type: SessionView, headers: headerRefs({ 'Set-Cookie': 'SetRefreshCookie' }) })
  @ApiProblems('auth.invalid-credentials', 'auth.origin-not-allowed', 'unavailable')
  async login(
    @Body() body: LoginDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) reply: HttpReply,
  ): Promise<SessionView> {
    const mode = this.browsers.modeOf(request);
    return this.browsers.answer(reply, await this.logIn.execute(body), mode);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Trade a refresh token for new tokens',
    description:
      'Each refresh token works once. A browser in the cookie mode sends no body: its `pollen_refresh` cookie stands in for `refreshToken`, and the new one replaces it.',
  })
  @ApiSessionMode()
  @ApiOkResponse({ type: SessionView, headers: headerRefs({ 'Set-Cookie': 'SetRefreshCookie' }) })
  @ApiProblems('auth.session-ended', 'auth.origin-not-allowed', 'unavailable')
  async refresh(
    @Body() body: RefreshTokenDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) reply: HttpReply,
  ): Promise<SessionView> {
    const transport = this.browsers.transportOf(request, body);
    // The cookie mode without a cookie: the browser dropped it when the token expired.
    if (transport.refreshToken === undefined) throw new SessionEnded();
    const session = await this.refreshSession.execute({ refreshToken: transport.refreshToken });
    return this.browsers.answer(reply, session, transport);
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'End the session of a refresh token',
    description:
      'A browser in the cookie mode sends no body: its `pollen_refresh` cookie names the session, and the answer deletes it.',
  })
  @ApiSessionMode()
  @ApiNoContentResponse({
    description: 'The session is over (also when the token was unknown).',
    headers: headerRefs({ 'Set-Cookie': 'ClearRefreshCookie' }),
  })
  @ApiProblems('auth.origin-not-allowed', 'unavailable')
  async logout(
    @Body() body: RefreshTokenDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) reply: HttpReply,
  ): Promise<void> {
    const transport = this.browsers.transportOf(request, body);
    if (transport.refreshToken !== undefined) await this.logOut.execute({ refreshToken: transport.refreshToken });
    if (transport.cookie) this.browsers.forget(reply);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: AccountView })
  @ApiProblems('account.gone', 'unavailable')
  me(@Req() request: HttpRequest): Promise<AccountView> {
    return this.getMyAccount.execute({ actor: actorOf(request) });
  }

  @Patch('me')
  @ApiOperation({
    summary: 'Change your name or your language',
    description:
      'Only the fields given change; an empty body, or the values you already have, change nothing. A new language is what Pollen writes to you in from then on.',
  })
  @ApiOkResponse({ type: AccountView })
  @ApiProblems('account.gone', 'account.changed-concurrently', 'unavailable')
  update(@Body() body: UpdateMyAccountDto, @Req() request: HttpRequest): Promise<AccountView> {
    return this.updateMyAccount.execute({ ...body, actor: actorOf(request) });
  }
}
