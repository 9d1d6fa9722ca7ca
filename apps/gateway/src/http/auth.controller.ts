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
import { ApiProblems } from '../openapi/api-problems.decorator';
import { headerRefs } from '../openapi/headers';
import { GetMyAccount, LogIn, LogOut, RefreshSession, RegisterAccount, UpdateMyAccount } from '../usecases';
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
    description: 'A failed log-in says the same whether or not the e-mail has an account.',
  })
  @ApiOkResponse({ type: SessionView })
  @ApiProblems('auth.invalid-credentials', 'unavailable')
  login(@Body() body: LoginDto): Promise<SessionView> {
    return this.logIn.execute(body);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for new tokens', description: 'Each refresh token works once.' })
  @ApiOkResponse({ type: SessionView })
  @ApiProblems('auth.session-ended', 'unavailable')
  refresh(@Body() body: RefreshTokenDto): Promise<SessionView> {
    return this.refreshSession.execute({ refreshToken: body.refreshToken });
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of a refresh token' })
  @ApiNoContentResponse({ description: 'The session is over (also when the token was unknown).' })
  @ApiProblems('unavailable')
  async logout(@Body() body: RefreshTokenDto): Promise<void> {
    await this.logOut.execute({ refreshToken: body.refreshToken });
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
