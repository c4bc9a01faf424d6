// The account tab, loaded with its route: sign-in, the account and its errors.
// The source of this part's keys: messages/en/me.ts must have exactly the same.

export default {
	'me.title': '我的',
	'auth.connecting': '正在连接账号服务…',
	'auth.intro': '浏览地图不需要账号。反馈问题、报名活动需要登录，可以先匿名使用。',
	'auth.email': '邮箱',
	'auth.code': '6 位验证码',
	'auth.password': '密码',
	'auth.passwordHint': '至少 6 位',

	'auth.anon.heading': '匿名继续',
	'auth.anon.body': '不用填写任何信息，以后可以再绑定邮箱。',
	'auth.anon.button': '匿名继续',

	'auth.otp.heading': '邮箱验证码登录',
	'auth.otp.send': '发送验证码',
	'auth.otp.sent': '验证码已发送到 {email}，请查收邮件。',
	'auth.otp.verify': '验证并登录',
	'auth.otp.changeEmail': '换一个邮箱',

	'auth.password.heading': '邮箱和密码',
	'auth.password.signIn': '登录',
	'auth.password.signUp': '注册新账号',
	'auth.password.confirmSent': '确认邮件已发送到 {email}，确认后即可登录。',

	'account.heading': '当前账号',
	'account.kind': '类型',
	'account.anonymous': '匿名用户',
	'account.emailUser': '邮箱用户',
	'account.email': '邮箱',
	'account.id': '用户编号',
	'account.since': '创建于',
	'account.signOut': '退出登录',
	'account.anonSignOutWarning': '匿名账号退出后无法找回。先绑定邮箱可以保留你的记录。',

	'upgrade.heading': '绑定邮箱',
	'upgrade.body': '绑定后账号和记录保持不变，换手机也能登录。',
	'upgrade.send': '发送验证码',
	'upgrade.sent': '验证码已发送到 {email}。',
	'upgrade.verify': '确认绑定',
	'upgrade.done': '邮箱已绑定。',

	'auth.error.invalidCredentials': '邮箱或密码不正确。',
	'auth.error.codeInvalid': '验证码错误或已过期，请重新获取。',
	'auth.error.weakPassword': '密码太短，至少需要 6 位。',
	'auth.error.userExists': '这个邮箱已经注册，请直接登录。',
	'auth.error.emailTaken': '这个邮箱已被其他账号使用。',
	'auth.error.emailInvalid': '邮箱格式不正确。',
	'auth.error.emailNotConfirmed': '这个邮箱还没有验证。',
	'auth.error.rateLimited': '操作太频繁，请稍后再试。',
	'auth.error.network': '网络不可用，请联网后再试。',
	'auth.error.signupDisabled': '暂不开放注册。',
	'auth.error.anonymousDisabled': '暂不支持匿名登录。',
	'auth.error.sessionMissing': '登录已失效，请重新登录。',
	'auth.error.unknown': '出错了，请再试一次。（{code}）'
} as const;
