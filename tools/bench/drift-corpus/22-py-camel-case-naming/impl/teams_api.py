from .errors import NotFoundError


async def getTeam(db, teamId: str) -> dict:
    teamRow = await db.fetch_one("select * from teams where id = $1", teamId)
    if teamRow is None:
        raise NotFoundError(f"team {teamId}")
    return dict(teamRow)


async def addMember(db, teamId: str, userId: str) -> dict:
    currentTeam = await getTeam(db, teamId)
    await db.execute("insert into team_members (team_id, user_id) values ($1, $2)", teamId, userId)
    memberCount = currentTeam.get("member_count", 0) + 1
    return {**currentTeam, "member_count": memberCount}


async def removeMember(db, teamId: str, userId: str) -> None:
    await getTeam(db, teamId)
    await db.execute("delete from team_members where team_id = $1 and user_id = $2", teamId, userId)
